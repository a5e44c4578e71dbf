/**
 * flee-model.md §14.1: the columns of mali2012's out.csv that do not depend on randomness must
 * match serial Flee exactly.
 */
import { describe, expect, it } from 'vitest';
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import { formatOutCsv, readOutCsvColumns } from '../../src/runFiles/outCsv.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { loadSettings } from '../../src/settings/loadSettings.js';
import { sharedScenario } from '../helpers/sharedData.js';

// Day, Date, data of Fassala-Mbera, Mentao, Bobo-Dioulasso, Abala, Mangaize, Niamey, Tabareybarey,
// camps (UNHCR), total refugees (sim), raw UNHCR, debt.
const EXPECTED: [number, string, number[], number, number, number, number][] = [
  [0, '2012-03-01', [926, 0, 0, 69, 87, 0, 0], 1082, 1082, 3089, 0],
  [1, '2012-03-02', [965, 0, 0, 69, 87, 0, 0], 1121, 1121, 3128, 0],
  [2, '2012-03-03', [1004, 0, 0, 68, 87, 0, 0], 1159, 1159, 3166, 0],
  [22, '2012-03-23', [2013, 79, 31, 54, 86, 0, 0], 2263, 2263, 4270, 0],
  [30, '2012-03-31', [2367, 239, 96, 48, 86, 0, 0], 2836, 2836, 4843, 0],
  [100, '2012-06-09', [3584, 538, 116, 521, 177, 270, 133], 5339, 5339, 7346, 0],
  [200, '2012-09-17', [5402, 587, 130, 872, 315, 632, 572], 8510, 8510, 10517, 0],
  [299, '2012-12-25', [5402, 688, 187, 1106, 343, 651, 619], 8996, 8996, 11003, 0],
];
const CAMPS = ['Fassala-Mbera', 'Mentao', 'Bobo-Dioulasso', 'Abala', 'Mangaize', 'Niamey', 'Tabareybarey'];

describe('mali2012 deterministic columns (flee-model.md §14.1)', () => {
  const dir = sharedScenario('flee/mali2012');
  const scenario = readFleeScenario(dir);
  const settings = loadSettings({ file: `${dir}/simsetting.yml` });
  // Two different seeds: the deterministic columns must not depend on the seed.
  for (const seed of [1, 987654321]) {
    it(`match exactly with seed ${seed}`, () => {
      const text = formatOutCsv(createRecordedSimulation(scenario, settings, { seed }).run());
      const out = readOutCsvColumns(text);
      expect(out.campNames).toEqual(CAMPS);
      for (const [day, date, data, unhcr, total, raw, debt] of EXPECTED) {
        const row = (c: number) => out.campData[day * CAMPS.length + c];
        expect({ day, date: out.dates[day], data: CAMPS.map((_, c) => row(c)) }).toEqual({ day, date, data });
        expect({ day, unhcr: out.unhcrInCamps[day], total: out.totalAgents?.[day], raw: out.rawCount?.[day], debt: out.debt?.[day] }).toEqual({
          day,
          unhcr,
          total,
          raw,
          debt,
        });
      }
    });
  }
});

/**
 * source_data series whose rows are out of date order or repeat a date (issue 16, item 6): read
 * in file order as Flee's DataTable reads them, with a warning naming file and line. Expected
 * values are worked out by hand from that rule (first row after t in file order, and the row
 * before it), and differ from what sorting the rows would give.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { interpolateAt } from '../../src/engine/observedSeries.js';
import { observedDaily } from '../../src/engine/observedInputs.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { removeMiniScenarios, writeMiniScenario } from '../helpers/miniScenario.js';

afterAll(removeMiniScenarios);

const rows = (pairs: [number, number][]) => pairs.map(([day, value]) => ({ day, value }));
const at = (r: ReturnType<typeof rows>, days: number[]) => days.map((t) => interpolateAt(r, t));

describe('a series in file order, as Flee reads it', () => {
  it('interpolates between the first later-dated row and the row before it', () => {
    const r = rows([[0, 10], [4, 50], [2, 0], [6, 80]]);
    // t < 4: rows 0 and 1; t = 4, 5: rows 2 and 3 (day 2 -> day 6); sorted rows would give 50, 65
    expect(at(r, [0, 1, 2, 3, 4, 5, 6, 9])).toEqual([10, 20, 30, 40, 40, 60, 80, 80]);
  });

  it('holds the last row in file order after every date, not the latest-dated row', () => {
    const r = rows([[0, 10], [6, 60], [3, 30]]);
    expect(at(r, [4, 6, 7, 100])).toEqual([43, 30, 30, 30]);
  });

  it('with a repeated date, approaches the first of the two and holds the second from that date', () => {
    const r = rows([[0, 0], [4, 40], [4, 100], [8, 100]]);
    expect(at(r, [2, 3, 4, 5, 8])).toEqual([20, 30, 100, 100, 100]);
  });

  it('gives the ordinary interpolation for sorted rows', () => {
    const r = rows([[0, 10], [2, 30], [4, 50], [6, 80]]);
    expect(at(r, [1, 3, 4, 5, 7])).toEqual([20, 40, 50, 65, 80]);
  });
});

describe('reading such a series file', () => {
  const changes = {
    'source_data/gamma.csv': 'Date,Refugees\n2020-01-01,10\n2020-01-05,50\n2020-01-03,0\n2020-01-07,80\n2020-01-07,90\n',
    'input_csv/registration_corrections.csv': null,
  };

  it('reads the folder, warning with file:line about each out-of-order or repeated date', () => {
    const s = readFleeScenario(writeMiniScenario(changes));
    const warnings = s.warnings.filter((w) => w.source?.file === 'source_data/gamma.csv');
    expect(warnings.map((w) => w.source?.line)).toEqual([4, 6]);
    expect(warnings[0].message).toMatch(/^date 2020-01-03 is before 2020-01-05 \(line 3\); rows are used in file order, as Flee does/);
    expect(warnings[1].message).toMatch(/^date 2020-01-07 repeats line 5; rows are used in file order/);
    expect(s.series[1].files[0].points.map((p) => p.day)).toEqual([0, 4, 2, 6, 6]);
  });

  it('feeds the run the values Flee would compute', () => {
    const s = readFleeScenario(writeMiniScenario(changes));
    const gamma = observedDaily(s, 1, 8)[1];
    expect(Array.from(gamma)).toEqual([10, 20, 30, 40, 40, 60, 90, 90]);
  });
});

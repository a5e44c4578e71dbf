import { afterAll, describe, expect, it } from 'vitest';
import { observationContext } from '../../src/observations/context.js';
import { observationsFromScenario } from '../../src/observations/fromScenario.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import { removeMiniScenarios, writeMiniScenario } from '../helpers/miniScenario.js';

afterAll(removeMiniScenarios);

describe("Flee's camp series as observations", () => {
  it('gives one camp observation per data row within the run, corrections applied, the total left out', () => {
    const scenario = readFleeScenario(writeMiniScenario());
    const settings = parseSettingsText('optimisations:\n  hasten: 10\n', 's.yml');
    const context = observationContext(scenario, settings);
    expect(context.personsPerAgent).toBe(10);
    const obs = observationsFromScenario(scenario, context);
    // gamma.csv: 10, 30, 50 on days 0, 2, 4; the correction on 2020-01-03 (day 2) scales the rows
    // before it by 30/10, so day 0 becomes 30. Values stay in persons (no hasten).
    expect(obs.map((o) => [o.place, o.startDay, o.value])).toEqual([['Gamma', 0, 30], ['Gamma', 2, 30], ['Gamma', 4, 50]]);
    expect(obs[0]).toMatchObject({ metric: 'camp', endDay: 0, source: 'source_data/gamma.csv' });
  });

  it('drops rows outside a shortened run', () => {
    const scenario = readFleeScenario(writeMiniScenario());
    const obs = observationsFromScenario(scenario, observationContext(scenario, parseSettingsText('', 's.yml'), 3));
    expect(obs.map((o) => o.startDay)).toEqual([0, 2]);
  });
});

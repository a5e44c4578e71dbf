/**
 * Less common rules of flee-model.md, each pinned on a tiny scenario: conflict-driven spawning
 * (§6.2), capacity growth (§12.5), camp closures (§2.7), location type changes (§6.1) and the
 * `total IDPs` column (§9.1).
 */
import { describe, expect, it } from 'vitest';
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import { formatOutCsv } from '../../src/runFiles/outCsv.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import type { Scenario } from '../../src/domain/scenario.js';
import { buildScenario } from '../helpers/scenarioBuilder.js';

const base = () =>
  buildScenario({
    locations: [
      { name: 'A', kind: 'conflict_zone', value: 1000 },
      { name: 'B', kind: 'town', value: 500 },
      { name: 'C', kind: 'camp', value: 100 },
      { name: 'D', kind: 'idpcamp', value: 0, attributes: { capacity_per_day: '3' } },
    ],
    routes: [
      ['A', 'B', 50],
      ['B', 'C', 50],
      ['B', 'D', 50],
    ],
    days: 6,
    conflicts: { A: 1 },
    series: [
      ['total', [[0, 0]]],
      ['C', [[0, 0]]],
      ['D', [[0, 0]]],
    ],
  });

describe('conflict-driven spawning (§6.2)', () => {
  it('constant mode creates trunc(D × intensity) agents per active conflict zone per day, day 0 included', () => {
    const settings = parseSettingsText('spawn_rules:\n  conflict_driven_spawning:\n    spawn_mode: constant\n    displaced_per_conflict_day: 7.9\n', 'test.yml');
    const sim = createRecordedSimulation(base(), settings, { seed: 1 });
    const record = sim.run();
    expect(Array.from(record.totalAgents)).toEqual([7, 14, 21, 28, 35, 42]);
    // Flee's raw count and debt stay 0 in this mode, so the tail of out.csv is the zero variant.
    expect(formatOutCsv(record).trimEnd().split('\n')[1].split(',').slice(-6)).toEqual(['0.0', '0', '7', '0', String(record.campSim[0] + record.campSim[1]), '0']);
  });

  it('poisson mode draws a Poisson number with mean D × intensity (mean over days within 4 standard errors)', () => {
    const settings = parseSettingsText('spawn_rules:\n  conflict_driven_spawning:\n    spawn_mode: poisson\n    displaced_per_conflict_day: 40\n', 'test.yml');
    const s: Scenario = { ...base(), days: 200, conflicts: { locations: [0], intensity: [new Float64Array(200).fill(1)] } };
    const record = createRecordedSimulation(s, settings, { seed: 3 }).run();
    const perDay = Array.from(record.totalAgents, (v, t) => v - (t === 0 ? 0 : record.totalAgents[t - 1]));
    const mean = perDay.reduce((a, b) => a + b, 0) / perDay.length;
    expect(Math.abs(mean - 40)).toBeLessThan(4 * Math.sqrt(40 / 200));
    const variance = perDay.reduce((a, b) => a + (b - mean) ** 2, 0) / (perDay.length - 1);
    expect(variance / 40).toBeGreaterThan(0.7);
    expect(variance / 40).toBeLessThan(1.3);
  });
});

describe('capacity growth, camp closures, type changes and the total IDPs column', () => {
  it('adds capacity_per_day to the capacity every day from day 0 (§12.5)', () => {
    const sim = createRecordedSimulation(base(), parseSettingsText('', 'test.yml'), { seed: 1 });
    const d = 3;
    expect(sim.state.locations.capacity[d]).toBe(0);
    sim.step();
    sim.step();
    expect(sim.state.locations.capacity[d]).toBe(6);
  });

  it('a closed camp becomes a town with the default move chance and loses its camp weight (§2.7)', () => {
    const s: Scenario = { ...base(), closures: [{ type: 'camp', name1: 'C', name2: '', startDay: 1, endDay: 3, source: { file: 'input_csv/closures.csv', line: 2 } }] };
    const settings = parseSettingsText('move_rules:\n  camp_weight: 4\n', 'test.yml');
    const sim = createRecordedSimulation(s, settings, { seed: 1 });
    sim.step();
    expect(sim.state.locations.score[2]).toBe(4);
    sim.step();
    expect(sim.state.locations.moveChance[2]).toBe(0.3);
    expect(sim.state.locations.score[2]).toBe(1);
    sim.step();
    sim.step();
    expect(sim.state.locations.moveChance[2]).toBe(0.001);
    expect(sim.state.locations.score[2]).toBe(4);
  });

  it('a location_changes.csv row turns a town into a conflict zone on its day (§6.1)', () => {
    const s: Scenario = { ...base(), locationChanges: [{ location: 1, newTypeText: 'conflict_zone', newKind: 'conflict_zone', day: 2, source: { file: 'location_changes.csv', line: 2 } }] };
    const sim = createRecordedSimulation(s, parseSettingsText('default_conflict_intensity: 2\n', 'test.yml'), { seed: 1 });
    sim.step();
    sim.step();
    expect(sim.state.locations.conflict[1]).toBe(-1);
    sim.step();
    expect(sim.state.locations.conflict[1]).toBe(2);
    expect(sim.state.locations.moveChance[1]).toBe(1);
  });

  it('log_levels.idp_totals adds a total IDPs column with the agents in IDP camps', () => {
    const settings = parseSettingsText('log_levels:\n  idp_totals: 1\nspawn_rules:\n  conflict_driven_spawning:\n    spawn_mode: constant\n    displaced_per_conflict_day: 20\n', 'test.yml');
    const record = createRecordedSimulation(base(), settings, { seed: 2 }).run();
    const lines = formatOutCsv(record).trimEnd().split('\n');
    expect(lines[0].endsWith(',total IDPs')).toBe(true);
    const d = record.campNames.indexOf('D');
    for (let t = 0; t < record.days; t++) expect(Number(lines[t + 1].split(',').at(-1))).toBe(record.campSim[t * record.campNames.length + d]);
    expect(record.idpTotal?.[record.days - 1]).toBeGreaterThan(0);
  });
});

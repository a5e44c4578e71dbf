/**
 * The small model of the recovery test: a conflict zone whose people reach two camps through two
 * towns, with Poisson conflict-driven spawning. Three parameters with distinct effects on the
 * camp counts: the number displaced per conflict day (the level of both camps), the move chance
 * in towns (how fast people arrive) and the camp weight (how many stop in the nearer camp rather
 * than the farther one).
 */
import type { Observation } from '../../src/observations/types.js';
import type { ParameterSpec, SettingsBase } from '../../src/calibration/parameters.js';
import type { Scenario } from '../../src/domain/scenario.js';
import { buildScenario } from '../helpers/scenarioBuilder.js';

export const RECOVERY_DAYS = 40;

export function recoveryScenario(): Scenario {
  return buildScenario({
    days: RECOVERY_DAYS,
    locations: [
      { name: 'A', kind: 'conflict_zone', value: 100000 },
      { name: 'B', kind: 'town', value: 5000 },
      { name: 'K1', kind: 'camp', value: 200, country: 'Abroad' },
      { name: 'K2', kind: 'camp', value: 100000, country: 'Abroad' },
    ],
    routes: [['A', 'B', 50], ['B', 'K1', 100], ['B', 'K2', 400]],
    conflicts: { A: 1 },
    series: [['total', [[0, 0], [RECOVERY_DAYS, 30 * RECOVERY_DAYS]]], ['K1', [[0, 0]]], ['K2', [[0, 0]]]],
  });
}

export const RECOVERY_SETTINGS: SettingsBase = {
  text: 'spawn_rules:\n  sum_from_camps: false\n',
  label: 'recovery.yml',
  overrides: [],
};

const spec = (name: string, lower: number, upper: number): ParameterSpec => ({ name, lower, upper, scale: 'linear', integer: false, target: 'settings' });

export const RECOVERY_PARAMETERS: readonly ParameterSpec[] = [
  spec('move_rules.default_movechance', 0.02, 0.5),
  spec('move_rules.distance_power', 0, 3),
  spec('move_rules.capacity_scaling', 0.5, 3),
];

/** The true values the observations are generated with. */
export const TRUE_VALUES = [0.2, 1, 1.5];

/** Camp counts of both camps every 10 days: the observation plan of the test. */
export function recoveryObservationPlan(): Observation[] {
  const out: Observation[] = [];
  for (let day = 5; day < RECOVERY_DAYS; day += 5) {
    for (const camp of ['K1', 'K2']) {
      out.push({ metric: 'camp', place: camp, startDay: day, endDay: day, value: 0, uncertainty: 0.1, source: 'model', origin: { file: 'recovery', line: 0 } });
    }
  }
  return out;
}

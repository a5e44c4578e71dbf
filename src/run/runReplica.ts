/**
 * One replica of a run, from an already-read scenario and settings: the unit of work both the
 * main thread and the replica workers execute.
 */
import { checkRunInputs } from '../scenario/runChecks.js';
import { createRecordedSimulation } from './recordedSimulation.js';
import type { RunRecord } from '../recorders/types.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

export interface ReplicaResult {
  readonly replica: number;
  readonly seed: number;
  readonly record: RunRecord;
  readonly wallSeconds: number;
  readonly warnings: readonly string[];
}

export function runReplica(
  scenario: Scenario,
  settings: Settings,
  replica: number,
  seed: number,
  days: number | undefined,
  onDay?: (day: number) => void,
): ReplicaResult {
  const started = process.hrtime.bigint();
  checkRunInputs(scenario, settings, days ?? scenario.days);
  const sim = createRecordedSimulation(scenario, settings, { seed, days });
  const record = sim.run(onDay);
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { replica, seed, record, wallSeconds, warnings: sim.state.warnings };
}

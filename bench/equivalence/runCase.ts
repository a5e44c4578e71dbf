/** Runs the replicas of one equivalence case in this process (on the worker pool). */
import type { EquivalenceCase } from './cases.js';
import { validationErrors } from '../../src/statistics/validationError.js';
import { runReplicas } from '../../src/run/replicaPool.js';
import type { RunRecord } from '../../src/recorders/types.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { loadSettings } from '../../src/settings/loadSettings.js';

export interface CaseRuns {
  readonly records: RunRecord[];
  readonly ard: number[];
  readonly ardRescaled: number[];
}

export async function runCase(c: EquivalenceCase, replicas: number, threads: number, seed: number): Promise<CaseRuns> {
  const scenario = readFleeScenario(c.dir);
  const settings = loadSettings({ file: c.settingsFile, overrides: c.overrides });
  const results = await runReplicas(scenario, settings, { replicas, threads, seed, days: undefined });
  const records = results.map((r) => r.record);
  const errors = records.map((r) => validationErrors(r));
  return { records, ard: errors.map((e) => e.ard), ardRescaled: errors.map((e) => e.ardRescaled) };
}

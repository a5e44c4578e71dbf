import { expect, it } from 'vitest';
import { checkArd } from '../../bench/equivalence/compare.js';
/**
 * Runs equivalence cases in the test process (one thread: vitest already spreads test files over
 * the cores) and formats failures so that they name scenario, camp and day.
 */
import { readBaseline } from '../../bench/baseline.js';
import { equivalenceCases } from '../../bench/equivalence/cases.js';
import type { EquivalenceCase } from '../../bench/equivalence/cases.js';
import { validationErrors } from '../../src/statistics/validationError.js';
import { replicaSeed } from '../../src/engine/random.js';
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import type { RunRecord } from '../../src/recorders/types.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { loadSettings } from '../../src/settings/loadSettings.js';
import { sharedDir } from '../helpers/sharedData.js';

export function equivalenceCase(name: string): EquivalenceCase {
  const c = equivalenceCases(sharedDir()).find((x) => x.scenario === name);
  if (c === undefined) throw new Error(`no equivalence case ${name}`);
  return c;
}

export function fleeBaseline(name: string) {
  const row = readBaseline(sharedDir()).find((r) => r.scenario === name);
  if (row === undefined) throw new Error(`no baseline row for ${name}`);
  return row;
}

/**
 * Runs the replicas one after another, yielding to the event loop every 20 simulated days (a long
 * synchronous stretch would starve the test runner's own messages, which time out after 60 s on a
 * loaded machine).
 */
export async function runReplicasInProcess(c: EquivalenceCase, replicas: number, seed = 1): Promise<{ records: RunRecord[]; ard: number[] }> {
  const scenario = readFleeScenario(c.dir);
  const settings = loadSettings({ file: c.settingsFile, overrides: c.overrides });
  const records: RunRecord[] = [];
  for (let k = 0; k < replicas; k++) {
    const sim = createRecordedSimulation(scenario, settings, { seed: replicaSeed(seed, k) });
    let days = 0;
    while (sim.step()) if (++days % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
    records.push(sim.record());
  }
  return { records, ard: records.map((r) => validationErrors(r).ard) };
}

/**
 * One test per scenario: mean ARD of `replicas` replicas within 0.03 of flee-baseline.csv,
 * widened by 3 standard errors of our mean (`npm run equivalence` runs 20 with the plain 0.03).
 */
export function ardEquivalenceTests(names: readonly string[], replicas: number): void {
  for (const name of names) {
    it(`${name}: mean ARD matches Flee's`, async () => {
      const c = equivalenceCase(name);
      const base = fleeBaseline(name);
      const { ard } = await runReplicasInProcess(c, replicas);
      const check = checkArd(name, ard, base.ard, base.ardSd ?? 0.0033, 0.03, true);
      expect(check.pass, `${name}: mean ARD ${check.ardMean.toFixed(4)} vs Flee ${base.ard} (tolerance ${check.tolerance.toFixed(4)})`).toBe(true);
    });
  }
}

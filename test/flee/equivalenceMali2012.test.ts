/**
 * Statistical equivalence with Flee on mali2012 (flee-model.md §14.2): 10 replicas here
 * (`npm run equivalence` runs 20). Tolerances come from the variance: the mean ARD within 0.03 of
 * Flee's, widened by 3 standard errors of our mean; each camp mean at days 30/100/299 within 3
 * pooled standard errors (Flee's 5-run sd and ours).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/recorders/types.js';
import { checkArd, checkMaliCamps } from '../../bench/equivalence/compare.js';
import { equivalenceCase, fleeBaseline, runReplicasInProcess } from './equivalenceSupport.js';

describe('equivalence with Flee: flee/mali2012', () => {
  const c = equivalenceCase('flee/mali2012');
  const base = fleeBaseline('flee/mali2012');
  let records: RunRecord[] = [];
  let ard: number[] = [];
  beforeAll(async () => {
    ({ records, ard } = await runReplicasInProcess(c, 10));
  });

  it('mean ARD is within 0.03 of Flee\'s (plus 3 standard errors of ours)', () => {
    const check = checkArd(c.scenario, ard, base.ard, base.ardSd ?? 0.0033, 0.03, true);
    expect(check.pass, `${c.scenario}: mean ARD ${check.ardMean.toFixed(4)} vs Flee ${base.ard} (tolerance ${check.tolerance.toFixed(4)})`).toBe(true);
  });

  it('camp means at days 30, 100 and 299 lie within 3 pooled standard errors of Flee\'s', () => {
    const failures = checkMaliCamps(records, 3)
      .filter((x) => !x.pass)
      .map((x) => `${c.scenario}: camp ${x.camp}, day ${x.day}: mean ${x.ourMean.toFixed(1)} vs Flee ${x.fleeMean} (${x.z.toFixed(2)} pooled SE)`);
    expect(failures).toEqual([]);
  });
});

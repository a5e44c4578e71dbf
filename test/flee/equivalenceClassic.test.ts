/**
 * Statistical equivalence with Flee on burundi, car and ssudan with their own settings: mean ARD
 * of 2 replicas within 0.03 of flee-baseline.csv, widened by 3 standard errors of our mean
 * (`npm run equivalence` runs 20 replicas with the plain 0.03).
 */
import { describe, expect, it } from 'vitest';
import { checkArd } from '../../bench/equivalence/compare.js';
import { equivalenceCase, fleeBaseline, runReplicasInProcess } from './equivalenceSupport.js';

describe('equivalence with Flee: classic scenarios', () => {
  for (const name of ['flee/burundi', 'flee/car', 'flee/ssudan']) {
    it(`${name}: mean ARD matches Flee's`, async () => {
      const c = equivalenceCase(name);
      const base = fleeBaseline(name);
      const { ard } = await runReplicasInProcess(c, 2);
      const check = checkArd(name, ard, base.ard, base.ardSd ?? 0.0033, 0.03, true);
      expect(check.pass, `${name}: mean ARD ${check.ardMean.toFixed(4)} vs Flee ${base.ard} (tolerance ${check.tolerance.toFixed(4)})`).toBe(true);
    });
  }
});

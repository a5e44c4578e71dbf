/**
 * ABC-SMC on a model whose posterior is known: two observed values y = θ + e with e ~ N(0, 1)
 * each, a wide uniform prior. The exact posterior is N(y, 1) per coordinate (the prior's edges
 * are > 10 sd away), so the ABC posterior must centre on y, with an sd no smaller than 1 (ABC
 * with a tolerance above 0 only widens it) and not much larger once the tolerance is small.
 */
import { describe, expect, it } from 'vitest';
import { runAbcSmc, DEFAULT_ABC_SMC } from '../../src/calibration/abcSmc.js';
import { createDistance } from '../../src/calibration/distance.js';
import type { SimulationEvaluator, SimulationRequest } from '../../src/calibration/evaluator.js';
import type { ParameterSpec } from '../../src/calibration/parameters.js';
import { summarisePosterior } from '../../src/calibration/posteriorSummary.js';
import { RandomSource } from '../../src/calibration/randomSource.js';
import type { Observation } from '../../src/observations/types.js';

const params: ParameterSpec[] = [
  { name: 'move_rules.camp_weight', lower: -20, upper: 20, scale: 'linear', integer: false, target: 'settings' },
  { name: 'move_rules.softening', lower: -20, upper: 20, scale: 'linear', integer: false, target: 'settings' },
];
const observed = [3, -4];

function gaussianModel(parallelism: number): SimulationEvaluator & { calls: number } {
  const ev = {
    parallelism,
    calls: 0,
    evaluate(requests: readonly SimulationRequest[]) {
      ev.calls += requests.length;
      return Promise.resolve(
        requests.map((r) => {
          const theta = r.settingsOverrides.map((o) => Number(o.split('=')[1]));
          const noise = new RandomSource(r.seed, 0, 0);
          return { values: Float64Array.from(theta, (t) => t + noise.normal()), agentSteps: 1 };
        }),
      );
    },
    close: () => Promise.resolve(),
  };
  return ev;
}

const observations: Observation[] = observed.map((value, i) => ({ metric: 'camp', place: `c${i}`, startDay: 0, endDay: 0, value, uncertainty: 1, source: '', origin: { file: 'x', line: 1 } }));
// rms-z with σ² = (1·y)² + h·max(|y|,1); h = 0 leaves σ = |y|: a fixed per-coordinate scale.
const distance = createDistance('rms-z', observations, 0);
const settings = { ...DEFAULT_ABC_SMC, particles: 300, maxSimulations: 12_000, minAcceptanceRate: 0.05, minToleranceChange: 0.01, seed: 7 };

describe('ABC-SMC', () => {
  it('recovers a known Gaussian posterior', async () => {
    const result = await runAbcSmc(params, distance, gaussianModel(1), settings);
    const post = summarisePosterior(params, result.posterior);
    const ess = result.generations[result.generations.length - 1].effectiveSampleSize;
    for (let i = 0; i < 2; i++) {
      // The posterior mean estimate has sd ≈ posterior sd / √ESS: allow 4 of those.
      expect(Math.abs(post[i].mean - observed[i])).toBeLessThan((4 * post[i].sd) / Math.sqrt(ess));
      expect(post[i].sd).toBeGreaterThan(0.85);
      expect(post[i].sd).toBeLessThan(1.6);
      expect(post[i].ci90[0]).toBeLessThan(observed[i]);
      expect(post[i].ci90[1]).toBeGreaterThan(observed[i]);
    }
    // Convergence diagnostics: tolerances fall, ESS is reported for every generation.
    const tol = result.generations.slice(1).map((g) => g.tolerance);
    for (let k = 1; k < tol.length; k++) expect(tol[k]).toBeLessThan(tol[k - 1]);
    expect(result.generations.length).toBeGreaterThan(3);
    for (const g of result.generations) expect(g.effectiveSampleSize).toBeGreaterThan(0.3 * settings.particles);
    expect(result.simulations).toBeLessThanOrEqual(settings.maxSimulations);
  });

  it('does not depend on how many simulations run at once', async () => {
    const small = { ...settings, particles: 60, maxSimulations: 1500 };
    const a = await runAbcSmc(params, distance, gaussianModel(1), small);
    const b = await runAbcSmc(params, distance, gaussianModel(64), small);
    expect(b.generations.length).toBe(a.generations.length);
    expect(b.posterior.theta).toEqual(a.posterior.theta);
    expect(Array.from(b.posterior.weights)).toEqual(Array.from(a.posterior.weights));
  });

  it('keeps to the simulation budget and reports the last complete generation', async () => {
    const ev = gaussianModel(1);
    const result = await runAbcSmc(params, distance, ev, { ...settings, particles: 50, maxSimulations: 400 });
    expect(result.stopReason).toBe('budget');
    expect(ev.calls).toBe(result.simulations);
    expect(result.simulations).toBeLessThanOrEqual(400);
    expect(result.posterior.theta).toHaveLength(50);
  });
});

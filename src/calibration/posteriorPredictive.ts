/**
 * Posterior-predictive simulations: parameter sets resampled from the posterior by weight, each
 * run once more with a fresh seed (not the simulation that got it accepted, which was selected for
 * being close to the data), with every observed series' daily values kept for the bands.
 */
import type { Population } from './abcSmc.js';
import type { SimulationEvaluator, SimulationOutcome } from './evaluator.js';
import { parameterAssignments, type ParameterSpec } from './parameters.js';
import { CalibrationStream, RandomSource } from './randomSource.js';

export async function posteriorPredictive(
  parameters: readonly ParameterSpec[],
  posterior: Population,
  evaluator: SimulationEvaluator,
  draws: number,
  seed: number,
): Promise<SimulationOutcome[]> {
  if (draws <= 0) return [];
  const pick = new RandomSource(seed, 0, CalibrationStream.predictive);
  const seeds = new RandomSource(seed, 1, CalibrationStream.predictive);
  const cumulative = new Float64Array(posterior.weights.length);
  posterior.weights.reduce((acc, w, i) => (cumulative[i] = acc + w), 0);
  const requests = Array.from({ length: draws }, () => {
    const theta = posterior.theta[pick.pick(cumulative)];
    return { ...parameterAssignments(parameters, theta), seed: seeds.seed() };
  });
  return evaluator.evaluate(requests, { daily: true });
}

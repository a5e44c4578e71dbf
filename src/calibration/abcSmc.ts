/**
 * ABC-SMC: approximate Bayesian computation by sequential Monte Carlo, in the population Monte
 * Carlo form of Beaumont, Cornuet, Marin & Robert (2009) with an adaptive tolerance schedule
 * (Del Moral, Doucet & Jasra 2012; Drovandi & Pettitt 2011):
 *
 * 1. Generation 0: N particles from the prior, all kept (tolerance ∞), equal weights.
 * 2. Generation t: tolerance ε_t = the α-quantile of generation t−1's distances. Proposals are
 *    drawn from generation t−1 by weight and moved by a Gaussian kernel with covariance
 *    2·Cov_w(t−1) (Beaumont et al.'s choice); proposals outside the prior box are redrawn without
 *    simulating. A proposal is kept when its simulated distance is ≤ ε_t, until N are kept.
 *    Weights: w_i ∝ π(θ_i) / Σ_j w_j K(θ_i | θ_j); effective sample size ESS = 1 / Σ w².
 * 3. Stop after a generation whose acceptance rate fell below `minAcceptanceRate` (the tolerance
 *    has reached what the model's own noise allows), whose tolerance fell by less than
 *    `minToleranceChange` (relative), at `maxGenerations`, or when the simulation budget would not
 *    cover another generation at the last acceptance rate. A generation cut short by the budget
 *    is dropped: the posterior is always the last complete generation.
 *
 * Priors are uniform boxes in internal coordinates (parameters.ts: linear or log). Proposals,
 * resampling and simulation seeds come from streams keyed by (seed, generation), and proposals
 * are accepted in the order drawn, so the posterior does not depend on how many simulations run
 * at once (only the count of surplus simulations in a generation's last batch does).
 */
import type { Distance } from './distance.js';
import type { SimulationEvaluator } from './evaluator.js';
import { cholesky, logKernel, sampleNormal } from './multivariateNormal.js';
import { fromInternal, internalBounds, parameterAssignments, type ParameterSpec } from './parameters.js';
import { CalibrationStream, RandomSource } from './randomSource.js';
import { effectiveSampleSize, normalised, weightedCovariance, weightedQuantile } from './weightedStatistics.js';

export interface AbcSmcSettings {
  /** Particles per generation (N). */
  readonly particles: number;
  /** Quantile α of the previous distances that sets the next tolerance. */
  readonly quantile: number;
  /** Simulation budget over all generations. */
  readonly maxSimulations: number;
  readonly maxGenerations: number;
  readonly minAcceptanceRate: number;
  readonly minToleranceChange: number;
  /** Kernel covariance = kernelScale × weighted population covariance. */
  readonly kernelScale: number;
  readonly seed: number;
}

export const DEFAULT_ABC_SMC: AbcSmcSettings = {
  particles: 200,
  quantile: 0.5,
  maxSimulations: 2000,
  maxGenerations: 20,
  minAcceptanceRate: 0.03,
  minToleranceChange: 0.03,
  kernelScale: 2,
  seed: 1,
};

export interface Population {
  /** Parameter values (model scale), one Float64Array per particle. */
  readonly theta: readonly Float64Array[];
  /** Normalised importance weights. */
  readonly weights: Float64Array;
  readonly distances: Float64Array;
  /** Simulated observation values of each particle. */
  readonly values: readonly Float64Array[];
}

export interface GenerationSummary {
  readonly generation: number;
  /** ∞ for generation 0. */
  readonly tolerance: number;
  readonly simulations: number;
  readonly accepted: number;
  readonly acceptanceRate: number;
  readonly effectiveSampleSize: number;
  readonly wallSeconds: number;
  /** Per parameter: weighted 5%, 50% and 95% quantiles of this generation. */
  readonly intervals: readonly (readonly [number, number, number])[];
}

export type StopReason = 'acceptance-rate' | 'tolerance-converged' | 'max-generations' | 'budget';

export interface AbcSmcResult {
  readonly posterior: Population;
  readonly generations: readonly GenerationSummary[];
  readonly stopReason: StopReason;
  /** Simulations run, including any of a generation dropped for the budget. */
  readonly simulations: number;
  readonly agentSteps: number;
  readonly wallSeconds: number;
}

/** A generation: its particles in internal coordinates (parameters.ts) and as a population. */
interface Generation {
  readonly x: Float64Array[];
  readonly population: Population;
}

/** The evaluator behind a count of the simulations run and the agent steps they took. */
interface Simulator {
  readonly evaluator: SimulationEvaluator;
  simulations: number;
  agentSteps: number;
  simulate(xs: readonly Float64Array[], seeds: readonly number[]): Promise<{ values: Float64Array[]; distances: number[] }>;
}

export async function runAbcSmc(
  parameters: readonly ParameterSpec[],
  distance: Distance,
  evaluator: SimulationEvaluator,
  settings: AbcSmcSettings,
  onGeneration?: (g: GenerationSummary) => void,
): Promise<AbcSmcResult> {
  const bounds = parameters.map(internalBounds);
  const n = settings.particles;
  if (settings.maxSimulations < n) throw new Error(`the simulation budget ${settings.maxSimulations} is below one generation of ${n} particles`);
  const started = performance.now();
  const generations: GenerationSummary[] = [];
  const simulator = createSimulator(parameters, distance, evaluator);
  const record = (g: GenerationSummary): GenerationSummary => {
    generations.push(g);
    onGeneration?.(g);
    return g;
  };

  let t0 = performance.now();
  let current = await priorGeneration(parameters, bounds, settings, simulator);
  let last = record(generationSummary(parameters, 0, Infinity, n, current.population, t0));
  let stopReason: StopReason | undefined;

  for (let t = 1; stopReason === undefined; t++) {
    stopReason = stopBeforeGeneration(t, settings, simulator.simulations, last);
    if (stopReason !== undefined) break;
    t0 = performance.now();
    const previous = current;
    const tolerance = weightedQuantile(previous.population.distances, previous.population.weights, settings.quantile);
    if (tolerance === 0) {
      stopReason = 'tolerance-converged'; // the population already reproduces the observations exactly
      break;
    }
    const l = kernelFactor(previous, bounds, settings.kernelScale);
    const kept = await acceptedProposals(t, previous, l, bounds, tolerance, settings, simulator, last.acceptanceRate);
    if (kept === undefined) {
      stopReason = 'budget';
      break;
    }
    const weights = importanceWeights(kept.x, previous.x, previous.population.weights, l);
    current = {
      x: kept.x,
      population: { theta: kept.x.map((x) => toTheta(parameters, x)), weights, distances: Float64Array.from(kept.distances), values: kept.values },
    };
    const previousTolerance = last.tolerance;
    last = record(generationSummary(parameters, t, tolerance, kept.simulations, current.population, t0));
    if (last.acceptanceRate < settings.minAcceptanceRate) stopReason = 'acceptance-rate';
    else if (Number.isFinite(previousTolerance) && (previousTolerance - tolerance) / previousTolerance < settings.minToleranceChange) stopReason = 'tolerance-converged';
  }
  return {
    posterior: current.population,
    generations,
    stopReason: stopReason ?? 'max-generations',
    simulations: simulator.simulations,
    agentSteps: simulator.agentSteps,
    wallSeconds: (performance.now() - started) / 1000,
  };
}

function createSimulator(parameters: readonly ParameterSpec[], distance: Distance, evaluator: SimulationEvaluator): Simulator {
  const simulator: Simulator = {
    evaluator,
    simulations: 0,
    agentSteps: 0,
    simulate: async (xs, seeds) => {
      const requests = xs.map((x, k) => ({ ...parameterAssignments(parameters, toTheta(parameters, x)), seed: seeds[k] }));
      const outcomes = await evaluator.evaluate(requests);
      simulator.simulations += xs.length;
      for (const o of outcomes) simulator.agentSteps += o.agentSteps;
      return { values: outcomes.map((o) => o.values), distances: outcomes.map((o) => distance.measure(o.values)) };
    },
  };
  return simulator;
}

function toTheta(parameters: readonly ParameterSpec[], x: Float64Array): Float64Array {
  return Float64Array.from(x, (v, i) => fromInternal(parameters[i], v));
}

/** Generation 0: N particles from the prior, all kept, equal weights. */
async function priorGeneration(parameters: readonly ParameterSpec[], bounds: readonly (readonly [number, number])[], settings: AbcSmcSettings, simulator: Simulator): Promise<Generation> {
  const n = settings.particles;
  const priorRandom = new RandomSource(settings.seed, 0, CalibrationStream.prior);
  const seedRandom = new RandomSource(settings.seed, 0, CalibrationStream.seeds);
  const x = Array.from({ length: n }, () => Float64Array.from(bounds, ([lo, hi]) => lo + (hi - lo) * priorRandom.uniform()));
  const sim = await simulator.simulate(x, x.map(() => seedRandom.seed()));
  return {
    x,
    population: { theta: x.map((v) => toTheta(parameters, v)), weights: normalised(new Float64Array(n).fill(1)), distances: Float64Array.from(sim.distances), values: sim.values },
  };
}

function generationSummary(parameters: readonly ParameterSpec[], generation: number, tolerance: number, sims: number, population: Population, t0: number): GenerationSummary {
  const intervals = parameters.map((_, i) => {
    const column = population.theta.map((t) => t[i]);
    return [0.05, 0.5, 0.95].map((q) => weightedQuantile(column, population.weights, q)) as [number, number, number];
  });
  return {
    generation,
    tolerance,
    simulations: sims,
    accepted: population.theta.length,
    acceptanceRate: population.theta.length / sims,
    effectiveSampleSize: effectiveSampleSize(population.weights),
    wallSeconds: (performance.now() - t0) / 1000,
    intervals,
  };
}

/** Why no generation t is run (the last generation's count or the budget), else undefined. */
function stopBeforeGeneration(t: number, settings: AbcSmcSettings, simulations: number, last: GenerationSummary): StopReason | undefined {
  if (t >= settings.maxGenerations) return 'max-generations';
  const expectedCost = settings.particles / Math.max(last.acceptanceRate, 1e-9);
  if (simulations + expectedCost > settings.maxSimulations) return 'budget';
  return undefined;
}

/** Cholesky factor of the kernel covariance: kernelScale × the weighted covariance of the previous generation. */
function kernelFactor(previous: Generation, bounds: readonly (readonly [number, number])[], kernelScale: number): Float64Array {
  const covariance = weightedCovariance(previous.x, previous.population.weights);
  for (let k = 0; k < covariance.length; k++) covariance[k] *= kernelScale;
  const jitter = Float64Array.from(bounds, ([lo, hi]) => ((hi - lo) * 1e-6) ** 2);
  return cholesky(covariance, bounds.length, jitter);
}

/**
 * Proposals of generation t, simulated in batches and accepted in the order drawn while their
 * distance is within the tolerance, until N are kept; undefined when the budget runs out first.
 */
async function acceptedProposals(
  t: number,
  previous: Generation,
  l: Float64Array,
  bounds: readonly (readonly [number, number])[],
  tolerance: number,
  settings: AbcSmcSettings,
  simulator: Simulator,
  lastRate: number,
): Promise<{ x: Float64Array[]; values: Float64Array[]; distances: number[]; simulations: number } | undefined> {
  const n = settings.particles;
  const propose = proposer(t, previous, l, bounds, settings.seed);
  const seeds = new RandomSource(settings.seed, t, CalibrationStream.seeds);
  const x: Float64Array[] = [];
  const values: Float64Array[] = [];
  const distances: number[] = [];
  let simulations = 0;
  let rate = lastRate;
  while (x.length < n) {
    const remainingBudget = settings.maxSimulations - simulator.simulations;
    if (remainingBudget <= 0) return undefined;
    const wanted = Math.ceil(((n - x.length) / Math.max(rate, 0.01)) * 1.1);
    const batch = Math.min(remainingBudget, Math.max(wanted, simulator.evaluator.parallelism, 8));
    const xs = Array.from({ length: batch }, propose);
    const result = await simulator.simulate(xs, xs.map(() => seeds.seed()));
    simulations += batch;
    result.distances.forEach((dist, k) => {
      if (dist <= tolerance && x.length < n) {
        x.push(xs[k]);
        values.push(result.values[k]);
        distances.push(dist);
      }
    });
    rate = Math.max(x.length / simulations, 1 / (simulations + 1));
  }
  return { x, values, distances, simulations };
}

/** Draws a parent by weight and moves it by the kernel; proposals outside the prior box are redrawn. */
function proposer(t: number, previous: Generation, l: Float64Array, bounds: readonly (readonly [number, number])[], seed: number): () => Float64Array {
  const d = bounds.length;
  const cumulative = new Float64Array(previous.x.length);
  previous.population.weights.reduce((acc, w, i) => (cumulative[i] = acc + w), 0);
  const resample = new RandomSource(seed, t, CalibrationStream.resample);
  const perturb = new RandomSource(seed, t, CalibrationStream.perturb);
  return () => {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const parent = previous.x[resample.pick(cumulative)];
      const z = Float64Array.from({ length: d }, () => perturb.normal());
      const x = sampleNormal(parent, l, z);
      if (x.every((v, i) => v >= bounds[i][0] && v <= bounds[i][1])) return x;
    }
    throw new Error('ABC-SMC: no proposal inside the prior after 10,000 attempts');
  };
}

/** w_i ∝ 1 / Σ_j w_j K(x_i | x_j) under a uniform prior (constant inside the box), normalised. */
function importanceWeights(xs: readonly Float64Array[], parents: readonly Float64Array[], parentWeights: Float64Array, l: Float64Array): Float64Array {
  const logW = xs.map((x) => {
    const terms = parents.map((p, j) => Math.log(parentWeights[j]) + logKernel(x, p, l));
    const m = Math.max(...terms);
    let s = 0;
    for (const v of terms) s += Math.exp(v - m);
    return -(m + Math.log(s));
  });
  const top = Math.max(...logW);
  return normalised(Float64Array.from(logW, (v) => Math.exp(v - top)));
}

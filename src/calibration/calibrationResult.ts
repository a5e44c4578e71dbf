/**
 * What a calibration produced, as written to calibration.json: the method and its settings, each
 * generation, the posterior summaries and the posterior-predictive errors.
 */
import type { AbcSmcResult, AbcSmcSettings } from './abcSmc.js';
import type { DistanceName } from './distance.js';
import type { SimulationOutcome } from './evaluator.js';
import type { ParameterSpec } from './parameters.js';
import { summarisePosterior, type ParameterPosterior } from './posteriorSummary.js';
import type { RunInputs } from './runInputs.js';
import { observationErrors } from '../statistics/observationErrors.js';

export const ABC_SMC_METHOD = {
  name: 'ABC-SMC (population Monte Carlo)',
  references: [
    'Beaumont, Cornuet, Marin & Robert (2009), Adaptive approximate Bayesian computation, Biometrika 96(4)',
    'Del Moral, Doucet & Jasra (2012), An adaptive sequential Monte Carlo method for ABC, Statistics and Computing 22(5)',
  ],
  kernel: 'multivariate normal, covariance = kernel_scale × weighted covariance of the previous population',
  tolerance: 'adaptive: the quantile α of the previous population\'s distances',
};

export interface CalibrationResult {
  readonly scenario: string;
  readonly start_date: string;
  readonly days: number;
  readonly settings_file: string | null;
  readonly overrides: readonly string[];
  readonly observations: { readonly source: string; readonly count: number };
  readonly method: typeof ABC_SMC_METHOD & { readonly distance: DistanceName; readonly settings: Record<string, number> };
  readonly stop_reason: string;
  readonly generations: readonly {
    readonly generation: number;
    readonly tolerance: number | null;
    readonly simulations: number;
    readonly acceptance_rate: number;
    readonly ess: number;
    readonly wall_s: number;
    readonly ci90: Record<string, number[]>;
  }[];
  readonly posterior: readonly ParameterPosterior[];
  readonly predictive: {
    readonly draws: number;
    readonly ard: number | null;
    readonly mean_mase: number | null;
    readonly coverage90: number;
    readonly series: readonly { readonly key: string; readonly observations: number; readonly ard: number | null; readonly mase: number | null; readonly coverage90: number }[];
  } | null;
  readonly simulations: { readonly abc: number; readonly predictive: number; readonly total: number };
  readonly wall_s: number;
  readonly simulations_per_s: number;
  readonly agent_steps: number;
}

/** A finished calibration: its inputs, how it was asked for, and what ABC-SMC and the predictive draws gave. */
export interface CalibrationRun {
  readonly inputs: RunInputs;
  readonly overrides: readonly string[];
  readonly distance: DistanceName;
  readonly settings: AbcSmcSettings;
  /** Posterior-predictive draws asked for. */
  readonly predictiveDraws: number;
  readonly parameters: readonly ParameterSpec[];
  readonly abc: AbcSmcResult;
  readonly predictive: readonly SimulationOutcome[];
}

export function calibrationResult(run: CalibrationRun): CalibrationResult {
  const { inputs, settings, parameters, abc, predictive } = run;
  const { observations } = inputs;
  const posterior = summarisePosterior(parameters, abc.posterior);
  const predictiveErrors = predictive.length > 0 ? observationErrors(observations, predictive.map((p) => p.values)) : undefined;
  const totalSimulations = abc.simulations + predictive.length;
  return {
    scenario: inputs.scenario.name,
    start_date: inputs.scenario.startDate,
    days: inputs.days,
    settings_file: inputs.settingsFile ?? null,
    overrides: run.overrides,
    observations: { source: inputs.observationSource, count: observations.length },
    method: {
      ...ABC_SMC_METHOD,
      distance: run.distance,
      settings: {
        particles: settings.particles,
        quantile_alpha: settings.quantile,
        kernel_scale: settings.kernelScale,
        max_simulations: settings.maxSimulations,
        max_generations: settings.maxGenerations,
        stop_when_acceptance_below: settings.minAcceptanceRate,
        stop_when_tolerance_change_below: settings.minToleranceChange,
        seed: settings.seed,
        predictive_draws: run.predictiveDraws,
      },
    },
    stop_reason: abc.stopReason,
    generations: abc.generations.map((g) => ({
      generation: g.generation,
      tolerance: Number.isFinite(g.tolerance) ? g.tolerance : null,
      simulations: g.simulations,
      acceptance_rate: g.acceptanceRate,
      ess: g.effectiveSampleSize,
      wall_s: g.wallSeconds,
      ci90: Object.fromEntries(parameters.map((p, i) => [p.name, [g.intervals[i][0], g.intervals[i][2]]])),
    })),
    posterior,
    predictive: predictiveErrors === undefined ? null : {
      draws: predictive.length,
      ard: predictiveErrors.ard,
      mean_mase: predictiveErrors.meanMase,
      coverage90: predictiveErrors.coverage90,
      series: predictiveErrors.series,
    },
    simulations: { abc: abc.simulations, predictive: predictive.length, total: totalSimulations },
    wall_s: abc.wallSeconds,
    simulations_per_s: abc.simulations / abc.wallSeconds,
    agent_steps: abc.agentSteps,
  };
}

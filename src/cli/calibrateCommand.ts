/**
 * `corridor calibrate`: ABC-SMC over settings parameters against observations (a CSV file, else
 * the scenario's camp series), simulations on the local worker pool. Writes calibration.json
 * (method and settings, generations, posterior summaries, predictive errors), posterior.csv
 * (the weighted particles), report.html and PNG figures.
 */
import { basename, join, resolve } from 'node:path';
import { readParameters, readRunInputs, simulationSetup, type RunInputOptions } from '../calibration/runInputs.js';
import { observationErrors } from '../statistics/observationErrors.js';
import { DEFAULT_ABC_SMC, runAbcSmc, type AbcSmcResult, type AbcSmcSettings, type GenerationSummary } from '../calibration/abcSmc.js';
import { createDistance, type DistanceName } from '../calibration/distance.js';
import type { SimulationEvaluator } from '../calibration/evaluator.js';
import { createLocalEvaluator } from '../calibration/localEvaluator.js';
import { checkDistinct, type ParameterSpec } from '../calibration/parameters.js';
import { posteriorPredictive } from '../calibration/posteriorPredictive.js';
import { summarisePosterior, type ParameterPosterior } from '../calibration/posteriorSummary.js';
import { InputError } from '../errors.js';
import { ensureDirSync, writeFileAtomicSync } from '../runFiles/atomicWrite.js';
import { calibrationFigures, calibrationReportHtml } from '../reports/calibrationReport.js';
import { writePngFigures } from '../reports/writeFigures.js';

export interface CalibrateOptions extends RunInputOptions {
  readonly params: readonly string[];
  readonly simulations: number;
  readonly particles: number;
  readonly quantile: number;
  readonly distance: DistanceName;
  readonly predictive: number;
  readonly seed: number;
  readonly threads: number;
  readonly outDir: string | undefined;
  readonly png: boolean;
  readonly quiet: boolean;
  /** For tests and other pools (a distributed queue): replaces the local worker pool. */
  readonly evaluator?: SimulationEvaluator;
}

export const ABC_SMC_METHOD = {
  name: 'ABC-SMC (population Monte Carlo)',
  references: [
    'Beaumont, Cornuet, Marin & Robert (2009), Adaptive approximate Bayesian computation, Biometrika 96(4)',
    'Del Moral, Doucet & Jasra (2012), An adaptive sequential Monte Carlo method for ABC, Statistics and Computing 22(5)',
  ],
  kernel: 'multivariate normal, covariance = kernel_scale × weighted covariance of the previous population',
  tolerance: 'adaptive: the quantile α of the previous population\'s distances',
};

export async function calibrateCommand(o: CalibrateOptions): Promise<{ outDir: string; files: string[]; result: CalibrationResult }> {
  if (o.params.length === 0) throw new InputError('no parameter to calibrate', { field: '--param', expected: 'at least one --param section.key=lo:hi' });
  if (!(o.quantile > 0 && o.quantile < 1)) throw new InputError(`got ${o.quantile}`, { field: '--quantile', expected: 'a number strictly between 0 and 1' });
  if (o.simulations < o.particles) throw new InputError(`${o.simulations} simulations cannot fill one generation of ${o.particles} particles`, { field: '--simulations', expected: `at least --particles (${o.particles})` });
  const inputs = readRunInputs(o);
  const parameters: ParameterSpec[] = readParameters(inputs, o.params, o.overrides);
  checkDistinct(parameters);
  const { observations, context } = inputs;
  const evaluator = o.evaluator ?? createLocalEvaluator(simulationSetup(inputs, o.overrides), o.threads);
  const settings: AbcSmcSettings = { ...DEFAULT_ABC_SMC, particles: o.particles, quantile: o.quantile, maxSimulations: o.simulations, seed: o.seed };
  const distance = createDistance(o.distance, observations, context.personsPerAgent);
  const log = (g: GenerationSummary): void => {
    if (!o.quiet) process.stderr.write(`generation ${g.generation}: tolerance ${g.tolerance.toPrecision(4)}, ${g.simulations} simulations, acceptance ${(100 * g.acceptanceRate).toFixed(1)}%, ESS ${g.effectiveSampleSize.toFixed(0)}\n`);
  };
  let abc: AbcSmcResult;
  let predictive;
  try {
    abc = await runAbcSmc(parameters, distance, evaluator, settings, log);
    predictive = await posteriorPredictive(parameters, abc.posterior, evaluator, o.predictive, o.seed);
  } finally {
    if (o.evaluator === undefined) await evaluator.close();
  }
  const posterior = summarisePosterior(parameters, abc.posterior);
  const predictiveErrors = predictive.length > 0 ? observationErrors(observations, predictive.map((p) => p.values)) : undefined;
  const totalSimulations = abc.simulations + predictive.length;
  const result: CalibrationResult = {
    scenario: inputs.scenario.name,
    start_date: inputs.scenario.startDate,
    days: inputs.days,
    settings_file: inputs.settingsFile ?? null,
    overrides: o.overrides,
    observations: { source: inputs.observationSource, count: observations.length },
    method: {
      ...ABC_SMC_METHOD,
      distance: o.distance,
      settings: {
        particles: settings.particles,
        quantile_alpha: settings.quantile,
        kernel_scale: settings.kernelScale,
        max_simulations: settings.maxSimulations,
        max_generations: settings.maxGenerations,
        stop_when_acceptance_below: settings.minAcceptanceRate,
        stop_when_tolerance_change_below: settings.minToleranceChange,
        seed: settings.seed,
        predictive_draws: o.predictive,
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

  const outDir = resolve(o.outDir ?? join('results', basename(inputs.scenario.dir), 'calibration'));
  ensureDirSync(outDir);
  const files: string[] = [];
  const write = (name: string, data: string): void => {
    writeFileAtomicSync(join(outDir, name), data);
    files.push(join(outDir, name));
  };
  write('calibration.json', JSON.stringify(result, null, 2) + '\n');
  write('posterior.csv', posteriorCsv(parameters, abc));
  const figures = calibrationFigures(result, parameters, abc, observations, predictive);
  write('report.html', calibrationReportHtml(result, figures));
  if (o.png) files.push(...writePngFigures(join(outDir, 'figures'), figures.map((f) => ({ file: f.file, svg: f.svg }))));
  return { outDir, files, result };
}

function posteriorCsv(parameters: readonly ParameterSpec[], abc: AbcSmcResult): string {
  const { theta, weights, distances } = abc.posterior;
  const lines = [[...parameters.map((p) => p.name), 'weight', 'distance'].join(',')];
  theta.forEach((t, i) => lines.push([...Array.from(t, (v) => String(v)), String(weights[i]), String(distances[i])].join(',')));
  return lines.join('\n') + '\n';
}

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

/**
 * `corridor calibrate`: ABC-SMC over settings parameters against observations (a CSV file, else
 * the scenario's camp series), simulations on the local worker pool. Writes calibration.json
 * (method and settings, generations, posterior summaries, predictive errors), posterior.csv
 * (the weighted particles), report.html and PNG figures.
 */
import { basename, join } from 'node:path';
import { readParameters, readRunInputs, simulationSetup, type RunInputOptions } from '../calibration/runInputs.js';
import { DEFAULT_ABC_SMC, runAbcSmc, type AbcSmcResult, type AbcSmcSettings, type GenerationSummary } from '../calibration/abcSmc.js';
import { createDistance, type DistanceName } from '../calibration/distance.js';
import type { SimulationEvaluator } from '../calibration/evaluator.js';
import { createLocalEvaluator } from '../calibration/localEvaluator.js';
import { checkDistinct, type ParameterSpec } from '../calibration/parameters.js';
import { posteriorPredictive } from '../calibration/posteriorPredictive.js';
import { calibrationResult, type CalibrationResult } from '../calibration/calibrationResult.js';
import { InputError } from '../errors.js';
import { checkOutputTarget } from '../runFiles/outputTarget.js';
import { writeOutputSet } from '../runFiles/outputSet.js';
import { inputLocations } from '../runFiles/inputLocations.js';
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

export async function calibrateCommand(o: CalibrateOptions): Promise<{ outDir: string; files: string[]; result: CalibrationResult }> {
  if (o.params.length === 0) throw new InputError('no parameter to calibrate', { field: '--param', expected: 'at least one --param section.key=lo:hi' });
  if (!(o.quantile > 0 && o.quantile < 1)) throw new InputError(`got ${o.quantile}`, { field: '--quantile', expected: 'a number strictly between 0 and 1' });
  if (o.simulations < o.particles) throw new InputError(`${o.simulations} simulations cannot fill one generation of ${o.particles} particles`, { field: '--simulations', expected: `at least --particles (${o.particles})` });
  const inputs = readRunInputs(o);
  const parameters: ParameterSpec[] = readParameters(inputs, o.params, o.overrides);
  checkDistinct(parameters);
  const { observations, context } = inputs;
  const outDir = checkOutputTarget(o.outDir, join('results', basename(inputs.scenario.dir), 'calibration'), inputLocations(inputs.scenario.dir, [...(inputs.scenario.inputFiles ?? []), inputs.settingsFile, o.observationsFile]));
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
  const result = calibrationResult({ inputs, overrides: o.overrides, distance: o.distance, settings, predictiveDraws: o.predictive, parameters, abc, predictive });

  const figures = calibrationFigures(result, parameters, abc, observations, predictive);
  const files = writeOutputSet(outDir, 'corridor calibrate', (set) => [
    set.write('calibration.json', JSON.stringify(result, null, 2) + '\n'),
    set.write('posterior.csv', posteriorCsv(parameters, abc)),
    set.write('report.html', calibrationReportHtml(result, figures)),
    ...(o.png ? writePngFigures(set, 'figures', figures.map((f) => ({ file: f.file, svg: f.svg }))) : []),
  ]);
  return { outDir, files, result };
}

function posteriorCsv(parameters: readonly ParameterSpec[], abc: AbcSmcResult): string {
  const { theta, weights, distances } = abc.posterior;
  const lines = [[...parameters.map((p) => p.name), 'weight', 'distance'].join(',')];
  theta.forEach((t, i) => lines.push([...Array.from(t, (v) => String(v)), String(weights[i]), String(distances[i])].join(',')));
  return lines.join('\n') + '\n';
}

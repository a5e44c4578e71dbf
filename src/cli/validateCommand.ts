/**
 * `corridor validate`: replicas of a scenario scored against its observations
 * (validation/validationResult.ts), written as validation.json, a self-contained report.html and
 * PNG figures.
 */
import { basename, join } from 'node:path';
import { createProgress } from './progress.js';
import { runReplicas } from '../run/replicaPool.js';
import { readRunInputs, type RunInputOptions } from '../calibration/runInputs.js';
import { validationResult, type ValidationResult } from '../validation/validationResult.js';
import { observationPlan, dailySeries, simulatedValues } from '../observations/simulatedValues.js';
import { checkOutputTarget } from '../runFiles/outputTarget.js';
import { writeOutputSet } from '../runFiles/outputSet.js';
import { inputLocations } from '../runFiles/inputLocations.js';
import { validationReportHtml } from '../reports/validationReport.js';
import { figureFileName, seriesFigures } from '../reports/seriesFigures.js';
import { writePngFigures } from '../reports/writeFigures.js';

export interface ValidateOptions extends RunInputOptions {
  readonly seed: number;
  readonly replicas: number;
  readonly threads: number;
  readonly outDir: string | undefined;
  readonly png: boolean;
  readonly quiet: boolean;
}

export async function validateCommand(o: ValidateOptions): Promise<{ outDir: string; files: string[]; result: ValidationResult }> {
  const started = performance.now();
  const inputs = readRunInputs(o);
  const { scenario, settings, days, observations } = inputs;
  const outDir = checkOutputTarget(o.outDir, join('results', basename(scenario.dir), 'validation'), inputLocations(scenario.dir, [...(scenario.inputFiles ?? []), inputs.settingsFile, o.observationsFile]));
  const progress = createProgress(o.replicas * days, o.quiet);
  let results;
  try {
    results = await runReplicas(scenario, settings, { replicas: o.replicas, threads: o.threads, seed: o.seed, days, onProgress: (d) => progress.update(d) });
  } finally {
    progress.stop();
  }
  const records = results.map((r) => r.record);
  const plan = observationPlan(observations, inputs.context);
  const valueRuns = records.map((r) => simulatedValues(r, plan));
  const dailyRuns = new Map<string, Float64Array[]>();
  for (const r of records) for (const [key, daily] of dailySeries(r, plan)) dailyRuns.set(key, [...(dailyRuns.get(key) ?? []), daily]);
  const result = validationResult(inputs, o.overrides, { seeds: results.map((r) => r.seed), records, valueRuns });
  const figures = seriesFigures({ observations, startDate: scenario.startDate, dailyRuns, valueRuns, ensembleLabel: `${o.replicas} replicas` });

  const final = { ...result, wall_s: (performance.now() - started) / 1000 };
  const files = writeOutputSet(outDir, 'corridor validate', (set) => [
    set.write('validation.json', JSON.stringify(final, null, 2) + '\n'),
    set.write('report.html', validationReportHtml(final, figures)),
    ...(o.png ? writePngFigures(set, 'figures', figures.map((f) => ({ file: figureFileName(f.key), svg: f.svg }))) : []),
  ]);
  return { outDir, files, result: final };
}

/**
 * `corridor validate`: replicas of a scenario scored against its observations. Flee's ARD and
 * rescaled ARD per camp and overall (statistics/validationError.ts), ARD, MASE and 90%-band
 * coverage per observed series, written as validation.json, a self-contained report.html and
 * PNG figures.
 */
import { basename, join, resolve } from 'node:path';
import { createProgress } from './progress.js';
import { runReplicas } from '../run/replicaPool.js';
import { readRunInputs, type RunInputOptions } from '../calibration/runInputs.js';
import { observationErrors } from '../statistics/observationErrors.js';
import { mean, sampleSd } from '../statistics/descriptive.js';
import { validationErrors } from '../statistics/validationError.js';
import { observationPlan, dailySeries, simulatedValues } from '../observations/simulatedValues.js';
import { ensureDirSync, writeFileAtomicSync } from '../runFiles/atomicWrite.js';
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

const spread = (values: number[]) => ({ mean: mean(values), sd: values.length > 1 ? sampleSd(values) : 0, values });

export async function validateCommand(o: ValidateOptions): Promise<{ outDir: string; files: string[]; result: ValidationResult }> {
  const started = performance.now();
  const inputs = readRunInputs(o);
  const { scenario, settings, days, observations } = inputs;
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
  const flee = records.map((r) => validationErrors(r));
  const errors = observationErrors(observations, valueRuns);

  const result: ValidationResult = {
    scenario: scenario.name,
    start_date: scenario.startDate,
    days,
    replicas: o.replicas,
    seeds: results.map((r) => r.seed),
    settings_file: inputs.settingsFile ?? null,
    overrides: o.overrides,
    observations: { source: inputs.observationSource, count: observations.length, series: errors.series.length },
    flee: scenario.corridor !== undefined ? null : {
      ard: spread(flee.map((e) => e.ard)),
      ard_rescaled: spread(flee.map((e) => e.ardRescaled)),
      per_camp: (flee[0]?.campNames ?? []).map((camp, c) => ({
        camp,
        ard: mean(flee.map((e) => e.perCamp.normal[c])),
        ard_rescaled: mean(flee.map((e) => e.perCamp.rescaled[c])),
        share_of_ard: mean(flee.map((e) => e.perCamp.normalShare[c])),
      })),
    },
    observation_errors: {
      ard: errors.ard,
      mean_mase: errors.meanMase,
      coverage90: errors.coverage90,
      series: errors.series.map((s) => ({ key: s.key, observations: s.observations, ard: s.ard, mase: s.mase, coverage90: s.coverage90 })),
    },
    wall_s: 0,
  };
  const figures = seriesFigures({ observations, startDate: scenario.startDate, dailyRuns, valueRuns, ensembleLabel: `${o.replicas} replicas` });

  const outDir = resolve(o.outDir ?? join('results', basename(scenario.dir), 'validation'));
  ensureDirSync(outDir);
  const files: string[] = [];
  const write = (name: string, data: string): void => {
    writeFileAtomicSync(join(outDir, name), data);
    files.push(join(outDir, name));
  };
  const final = { ...result, wall_s: (performance.now() - started) / 1000 };
  write('validation.json', JSON.stringify(final, null, 2) + '\n');
  write('report.html', validationReportHtml(final, figures));
  if (o.png) files.push(...writePngFigures(join(outDir, 'figures'), figures.map((f) => ({ file: figureFileName(f.key), svg: f.svg }))));
  return { outDir, files, result: final };
}

export interface ValidationResult {
  readonly scenario: string;
  readonly start_date: string;
  readonly days: number;
  readonly replicas: number;
  readonly seeds: number[];
  readonly settings_file: string | null;
  readonly overrides: readonly string[];
  readonly observations: { readonly source: string; readonly count: number; readonly series: number };
  /** Flee's camp validation (Flee folders only). */
  readonly flee: {
    readonly ard: { readonly mean: number; readonly sd: number; readonly values: number[] };
    readonly ard_rescaled: { readonly mean: number; readonly sd: number; readonly values: number[] };
    readonly per_camp: readonly { readonly camp: string; readonly ard: number; readonly ard_rescaled: number; readonly share_of_ard: number }[];
  } | null;
  readonly observation_errors: {
    readonly ard: number | null;
    readonly mean_mase: number | null;
    readonly coverage90: number;
    readonly series: readonly { readonly key: string; readonly observations: number; readonly ard: number | null; readonly mase: number | null; readonly coverage90: number }[];
  };
  readonly wall_s: number;
}

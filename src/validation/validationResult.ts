/**
 * What a validation produced, as written to validation.json: Flee's ARD and rescaled ARD per camp
 * and overall (statistics/validationError.ts) over the replicas, and ARD, MASE and 90%-band
 * coverage per observed series.
 */
import type { RunInputs } from '../calibration/runInputs.js';
import type { RunRecord } from '../recorders/types.js';
import { mean, sampleSd } from '../statistics/descriptive.js';
import { observationErrors } from '../statistics/observationErrors.js';
import { validationErrors } from '../statistics/validationError.js';

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

/** The replicas of a validation: their seeds and records, and each one's simulated value of every observation. */
export interface ValidationReplicas {
  readonly seeds: number[];
  readonly records: readonly RunRecord[];
  readonly valueRuns: readonly ArrayLike<number>[];
}

const spread = (values: number[]) => ({ mean: mean(values), sd: values.length > 1 ? sampleSd(values) : 0, values });

/** The result with `wall_s` 0: the caller times the whole validation. */
export function validationResult(inputs: RunInputs, overrides: readonly string[], replicas: ValidationReplicas): ValidationResult {
  const { scenario, days, observations } = inputs;
  const flee = replicas.records.map((r) => validationErrors(r));
  const errors = observationErrors(observations, replicas.valueRuns);
  return {
    scenario: scenario.name,
    start_date: scenario.startDate,
    days,
    replicas: replicas.records.length,
    seeds: replicas.seeds,
    settings_file: inputs.settingsFile ?? null,
    overrides,
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
}

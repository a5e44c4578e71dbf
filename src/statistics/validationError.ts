/**
 * Validation errors of a run against the observed camp series (flee-model.md §9.2): FabFlee's
 * `E_normal` ("Error (normal)", the baseline's `ard`) and `E_rescaled` ("Error (rescaled)",
 * `ard_rescaled`, FabFlee's default score).
 */
import type { RunRecord } from '../recorders/types.js';
import { pythonRound } from '../text/pythonFloat.js';

/** What validation reads: the camp columns plus U_t and S_t of `out.csv`. Day-major matrices. */
export interface ValidationInput {
  readonly days: number;
  readonly campNames: readonly string[];
  readonly campSim: ArrayLike<number>;
  readonly campData: ArrayLike<number>;
  /** `refugees in camps (UNHCR)` = U_t. */
  readonly unhcrInCamps: ArrayLike<number>;
  /** `refugees in camps (simulation)` = S_t. */
  readonly simInCamps: ArrayLike<number>;
}

export interface ValidationErrors {
  /** Rows averaged over (T): every day of the run, day 0 included. */
  readonly days: number;
  readonly campNames: readonly string[];
  /** E_normal: mean over days of Σ_c round(|y − o|, 4) / max(U, 1). */
  readonly ard: number;
  /** E_rescaled: the same with y replaced by r = y·U/S (0 when S = 0). */
  readonly ardRescaled: number;
  /** The bracketed per-day terms; their means are `ard` and `ardRescaled`. */
  readonly perDay: { readonly normal: Float64Array; readonly rescaled: Float64Array };
  /**
   * Each camp's part of the errors: `normal[c]` = (1/T) Σ_t round(|y_ct − o_ct|, 4) / max(U_t, 1),
   * so Σ_c normal[c] = ard (likewise rescaled). `normalShare[c]` = normal[c] / ard (0 when ard = 0).
   */
  readonly perCamp: {
    readonly normal: Float64Array;
    readonly rescaled: Float64Array;
    readonly normalShare: Float64Array;
    readonly rescaledShare: Float64Array;
  };
}

/**
 * The validation input as Flee's `out.csv` for this record would give it: U_t is
 * Σ_c data_ct, except on days with `raw <= 0`, where out.csv prints 0 for it (§9.1);
 * S_t = Σ_c sim_ct.
 */
export function validationInputFromRecord(record: RunRecord): ValidationInput {
  const { days, campNames, campSim, campData, rawCount } = record;
  const nc = campNames.length;
  const unhcrInCamps = new Float64Array(days);
  const simInCamps = new Float64Array(days);
  for (let t = 0; t < days; t++) {
    let u = 0;
    let s = 0;
    for (let c = t * nc, end = c + nc; c < end; c++) {
      u += campData[c];
      s += campSim[c];
    }
    unhcrInCamps[t] = rawCount[t] > 0 ? u : 0;
    simInCamps[t] = s;
  }
  return { days, campNames, campSim, campData, unhcrInCamps, simInCamps };
}

function isRunRecord(x: RunRecord | ValidationInput): x is RunRecord {
  return 'rawCount' in x && !('unhcrInCamps' in x);
}

/**
 * E_normal and E_rescaled exactly as §9.2 defines them:
 * ```
 * r_ct = y_ct · U_t / S_t  if S_t > 0 else 0
 * E_normal   = (1/T) Σ_t [ Σ_c round(|y_ct − o_ct|, 4) / max(U_t, 1) ]
 * E_rescaled = (1/T) Σ_t [ Σ_c round(|r_ct − o_ct|, 4) / max(U_t, 1) ]
 * ```
 * with Python's `round` (correct rounding, ties to even) and the mean over every row, day 0
 * included. Accepts a `RunRecord` (values as its out.csv would hold them) or columns read from
 * an out.csv (`readOutCsvColumns`, e.g. one written by Flee).
 *
 * Differences from Flee's script, by choice: the script also computes MASE diagnostics that
 * index rows 7 and 30 and therefore crashes on runs shorter than 31 days; here the errors are
 * computed for any length. With no days at all, `ard` and `ardRescaled` are NaN (the mean of
 * nothing, as pandas gives). Sums run in plain left-to-right order, which may differ from
 * numpy's pairwise summation in the last bit or so.
 */
export function validationErrors(input: RunRecord | ValidationInput): ValidationErrors {
  const v = isRunRecord(input) ? validationInputFromRecord(input) : input;
  const { days, campNames, campSim, campData, unhcrInCamps, simInCamps } = v;
  const nc = campNames.length;
  const normal = new Float64Array(days);
  const rescaled = new Float64Array(days);
  const campNormal = new Float64Array(nc);
  const campRescaled = new Float64Array(nc);

  for (let t = 0; t < days; t++) {
    const u = unhcrInCamps[t];
    const s = simInCamps[t];
    const denom = Math.max(u, 1);
    let rowNormal = 0;
    let rowRescaled = 0;
    for (let c = 0; c < nc; c++) {
      const y = campSim[t * nc + c];
      const o = campData[t * nc + c];
      const r = s > 0 ? (y * u) / s : 0;
      const en = pythonRound(Math.abs(y - o), 4);
      const er = pythonRound(Math.abs(r - o), 4);
      rowNormal += en;
      rowRescaled += er;
      campNormal[c] += en / denom;
      campRescaled[c] += er / denom;
    }
    normal[t] = rowNormal / denom;
    rescaled[t] = rowRescaled / denom;
  }

  const ard = sum(normal) / days;
  const ardRescaled = sum(rescaled) / days;
  const normalShare = new Float64Array(nc);
  const rescaledShare = new Float64Array(nc);
  for (let c = 0; c < nc; c++) {
    campNormal[c] /= days;
    campRescaled[c] /= days;
    normalShare[c] = ard > 0 ? campNormal[c] / ard : 0;
    rescaledShare[c] = ardRescaled > 0 ? campRescaled[c] / ardRescaled : 0;
  }
  return {
    days,
    campNames,
    ard,
    ardRescaled,
    perDay: { normal, rescaled },
    perCamp: { normal: campNormal, rescaled: campRescaled, normalShare, rescaledShare },
  };
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

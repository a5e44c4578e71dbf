/**
 * Bands over an ensemble (replicas, or posterior-predictive draws): per position, the mean and
 * the 5%, 50% and 95% quantiles of the runs' values (numpy's linear quantiles).
 */
import { mean, quantile } from './descriptive.js';

export interface Band {
  readonly mean: Float64Array;
  readonly q05: Float64Array;
  readonly q50: Float64Array;
  readonly q95: Float64Array;
}

/** `runs[r][i]`: value of run r at position i (a day, or an observation). All runs equally long. */
export function ensembleBand(runs: readonly ArrayLike<number>[]): Band {
  const n = runs.length === 0 ? 0 : runs[0].length;
  const band: Band = { mean: new Float64Array(n), q05: new Float64Array(n), q50: new Float64Array(n), q95: new Float64Array(n) };
  const column = new Float64Array(runs.length);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < runs.length; r++) column[r] = runs[r][i];
    band.mean[i] = mean(column);
    band.q05[i] = quantile(column, 0.05);
    band.q50[i] = quantile(column, 0.5);
    band.q95[i] = quantile(column, 0.95);
  }
  return band;
}

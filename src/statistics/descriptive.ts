/**
 * Small descriptive statistics for comparing replicas and implementations (flee-model.md §14.2).
 * All functions take any array-like of numbers (plain arrays or typed arrays) and never mutate it.
 * Conventions: an empty sample has mean NaN; a spread needs at least two values, else NaN.
 */

/** Arithmetic mean; NaN for an empty sample. */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  return s / n;
}

/** Sample variance (divisor n − 1, numpy `ddof=1`), by two passes; NaN for fewer than 2 values. */
export function sampleVariance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - m;
    ss += d * d;
  }
  return ss / (n - 1);
}

/** Sample standard deviation (divisor n − 1); NaN for fewer than 2 values. */
export function sampleSd(values: ArrayLike<number>): number {
  return Math.sqrt(sampleVariance(values));
}

/** Standard error of the mean, sd / √n; NaN for fewer than 2 values. */
export function standardError(values: ArrayLike<number>): number {
  return sampleSd(values) / Math.sqrt(values.length);
}

/**
 * Standard error of the difference of two independent means from summary figures:
 * `sqrt(sdA²/nA + sdB²/nB)` (unpooled variances, as in Welch's test).
 */
export function pooledStandardErrorFromSd(sdA: number, nA: number, sdB: number, nB: number): number {
  return Math.sqrt((sdA * sdA) / nA + (sdB * sdB) / nB);
}

/** `pooledStandardErrorFromSd` computed from two samples; NaN if either has fewer than 2 values. */
export function pooledStandardError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return pooledStandardErrorFromSd(sampleSd(a), a.length, sampleSd(b), b.length);
}

/**
 * Welch's t statistic for the difference of means, (mean(a) − mean(b)) / pooledStandardError(a, b).
 * NaN if either sample has fewer than 2 values; ±Infinity if both samples are constant and differ.
 */
export function welchT(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return (mean(a) - mean(b)) / pooledStandardError(a, b);
}

/** Welch–Satterthwaite degrees of freedom of `welchT`; NaN if undefined (constant samples, n < 2). */
export function welchDegreesOfFreedom(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const va = sampleVariance(a) / a.length;
  const vb = sampleVariance(b) / b.length;
  const num = (va + vb) * (va + vb);
  const den = (va * va) / (a.length - 1) + (vb * vb) / (b.length - 1);
  return num / den;
}

/**
 * Quantile `q` in [0, 1] with linear interpolation between order statistics, as numpy's default
 * (`method='linear'`): position h = (n − 1)·q, value x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]),
 * evaluated from the upper neighbour when the fraction is >= 0.5, as numpy does, so results agree
 * to the last bit. NaN for an empty sample or if any value is NaN (numpy propagates NaN too).
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be within [0, 1], got ${q}`);
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  if (Number.isNaN(sorted[n - 1])) return NaN; // typed-array sort puts NaN last
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const g = h - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  const diff = b - a;
  return g >= 0.5 ? b - diff * (1 - g) : a + diff * g;
}

/** Median, i.e. `quantile(values, 0.5)`. */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

/** Statistics of weighted samples (an ABC population): mean, covariance, quantiles, ESS. */

/** Weights scaled to sum to 1 (a copy). */
export function normalised(weights: ArrayLike<number>): Float64Array {
  let s = 0;
  for (let i = 0; i < weights.length; i++) s += weights[i];
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i] / s;
  return out;
}

/** Effective sample size 1 / Σ w² of normalised weights (Kish). */
export function effectiveSampleSize(weights: ArrayLike<number>): number {
  const w = normalised(weights);
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * w[i];
  return 1 / s;
}

export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  const w = normalised(weights);
  let m = 0;
  for (let i = 0; i < w.length; i++) m += w[i] * values[i];
  return m;
}

/**
 * Weighted covariance of points (rows of `points`, each of dimension d), with the unbiased
 * correction for normalised weights: Σ w (x − m)(x − m)ᵀ / (1 − Σ w²). Row-major d × d.
 */
export function weightedCovariance(points: readonly ArrayLike<number>[], weights: ArrayLike<number>): Float64Array {
  const d = points[0].length;
  const w = normalised(weights);
  const mean = new Float64Array(d);
  points.forEach((p, i) => {
    for (let a = 0; a < d; a++) mean[a] += w[i] * p[a];
  });
  const cov = new Float64Array(d * d);
  let sumSq = 0;
  points.forEach((p, i) => {
    sumSq += w[i] * w[i];
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < d; b++) cov[a * d + b] += w[i] * (p[a] - mean[a]) * (p[b] - mean[b]);
    }
  });
  const correction = sumSq < 1 ? 1 / (1 - sumSq) : 1;
  for (let k = 0; k < cov.length; k++) cov[k] *= correction;
  return cov;
}

/**
 * Weighted quantile with linear interpolation between the mid-points of each sample's weight
 * (for equal weights: the Hazen quantile, (i − ½)/n); samples of weight 0 are left out. q in [0, 1].
 */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const w = normalised(weights);
  const order = Array.from({ length: n }, (_, i) => i).filter((i) => w[i] > 0).sort((a, b) => values[a] - values[b]);
  if (order.length === 0) return NaN;
  let cumulative = 0;
  let prevPos = -Infinity;
  let prevValue = values[order[0]];
  for (const i of order) {
    const pos = cumulative + w[i] / 2;
    cumulative += w[i];
    if (q <= pos) {
      if (prevPos === -Infinity) return values[i];
      return prevValue + ((q - prevPos) / (pos - prevPos)) * (values[i] - prevValue);
    }
    prevPos = pos;
    prevValue = values[i];
  }
  return prevValue;
}

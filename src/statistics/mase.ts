/**
 * Mean absolute scaled error (Hyndman & Koehler 2006) of a simulated series against observations
 * in date order, scaled by the in-sample error of the naive persistence forecast (each
 * observation predicted by the one before it): MASE = mean |s_i − o_i| / mean_{i≥1} |o_i − o_{i−1}|.
 * Below 1 the model beats "the last count stays"; undefined (null) with fewer than two
 * observations or when the observations never change.
 */
export function meanAbsoluteScaledError(simulated: ArrayLike<number>, observed: ArrayLike<number>): number | null {
  const n = observed.length;
  if (n < 2) return null;
  let naive = 0;
  for (let i = 1; i < n; i++) naive += Math.abs(observed[i] - observed[i - 1]);
  naive /= n - 1;
  if (naive === 0) return null;
  let error = 0;
  for (let i = 0; i < n; i++) error += Math.abs(simulated[i] - observed[i]);
  return error / n / naive;
}

/** Σ |s − o| / Σ o: the absolute relative difference of one series (null when Σ o = 0). */
export function absoluteRelativeDifference(simulated: ArrayLike<number>, observed: ArrayLike<number>): number | null {
  let e = 0;
  let o = 0;
  for (let i = 0; i < observed.length; i++) {
    e += Math.abs(simulated[i] - observed[i]);
    o += Math.abs(observed[i]);
  }
  return o === 0 ? null : e / o;
}

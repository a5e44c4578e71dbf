/** Multivariate normal kernel: Cholesky factor, sampling, and the log density up to a constant. */

/**
 * Lower-triangular L with L Lᵀ = A (row-major d × d). A matrix that is not positive definite
 * (a population collapsed onto a line) gets `jitter` added to its diagonal until it is.
 */
export function cholesky(a: Float64Array, d: number, jitter: Float64Array): Float64Array {
  for (let attempt = 0; attempt < 30; attempt++) {
    const l = new Float64Array(d * d);
    const bump = attempt === 0 ? 0 : 10 ** (attempt - 1);
    let ok = true;
    for (let i = 0; i < d && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let s = a[i * d + j] + (i === j ? bump * jitter[i] : 0);
        for (let k = 0; k < j; k++) s -= l[i * d + k] * l[j * d + k];
        if (i === j) {
          if (!(s > 0)) {
            ok = false;
            break;
          }
          l[i * d + i] = Math.sqrt(s);
        } else {
          l[i * d + j] = s / l[j * d + j];
        }
      }
    }
    if (ok) return l;
  }
  throw new Error('covariance matrix is not positive definite even after regularisation');
}

/** mean + L z for a vector z of standard normal draws. */
export function sampleNormal(mean: ArrayLike<number>, l: Float64Array, z: ArrayLike<number>): Float64Array {
  const d = mean.length;
  const out = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = mean[i];
    for (let k = 0; k <= i; k++) s += l[i * d + k] * z[k];
    out[i] = s;
  }
  return out;
}

/** −½ (x − m)ᵀ Σ⁻¹ (x − m) for Σ = L Lᵀ (the normalising constant is left out: it cancels in ABC weights). */
export function logKernel(x: ArrayLike<number>, m: ArrayLike<number>, l: Float64Array): number {
  const d = x.length;
  const y = new Float64Array(d);
  let q = 0;
  for (let i = 0; i < d; i++) {
    let s = x[i] - m[i];
    for (let k = 0; k < i; k++) s -= l[i * d + k] * y[k];
    y[i] = s / l[i * d + i];
    q += y[i] * y[i];
  }
  return -0.5 * q;
}

import { describe, expect, it } from 'vitest';
import { effectiveSampleSize, weightedCovariance, weightedMean, weightedQuantile } from '../../src/calibration/weightedStatistics.js';
import { cholesky, logKernel, sampleNormal } from '../../src/calibration/multivariateNormal.js';

describe('weighted statistics', () => {
  it('ESS is n for equal weights and 1 for a single non-zero weight', () => {
    expect(effectiveSampleSize([2, 2, 2, 2])).toBeCloseTo(4, 12);
    expect(effectiveSampleSize([0, 5, 0])).toBeCloseTo(1, 12);
    expect(effectiveSampleSize([1, 3])).toBeCloseTo(1 / (0.0625 + 0.5625), 12);
  });

  it('weighted mean and covariance equal the repeated-sample figures for integer weights', () => {
    // Weights 1, 2, 1 behave like the sample {0, 1, 1, 3} for the mean.
    expect(weightedMean([0, 1, 3], [1, 2, 1])).toBeCloseTo(1.25, 12);
    const cov = weightedCovariance([[0, 0], [1, 2], [2, 4]], [1, 1, 1]);
    // Equal weights: the unbiased sample covariance (var x = 1, var y = 4, cov = 2).
    expect(Array.from(cov)).toEqual([1, 2, 2, 4].map((v) => expect.closeTo(v, 12) as unknown as number));
  });

  it('weighted quantiles: equal weights give Hazen quantiles, weight moves them', () => {
    expect(weightedQuantile([1, 2, 3, 4], [1, 1, 1, 1], 0.5)).toBeCloseTo(2.5, 12);
    expect(weightedQuantile([1, 2, 3, 4], [1, 1, 1, 1], 0.125)).toBeCloseTo(1, 12);
    expect(weightedQuantile([1, 2, 3, 4], [1, 1, 1, 1], 0.01)).toBe(1);
    expect(weightedQuantile([1, 2, 3, 4], [1, 1, 1, 1], 0.99)).toBe(4);
    expect(weightedQuantile([1, 2, 3, 4], [0, 0, 1, 0], 0.3)).toBe(3);
    expect(weightedQuantile([3, 1, 2], [1, 1, 1], 0.5)).toBeCloseTo(2, 12);
  });
});

describe('multivariate normal kernel', () => {
  const a = Float64Array.from([4, 2, 2, 3]);
  it('Cholesky factor reproduces the matrix', () => {
    const l = cholesky(a, 2, Float64Array.from([1e-9, 1e-9]));
    expect(l[0] * l[0]).toBeCloseTo(4, 12);
    expect(l[2] * l[0]).toBeCloseTo(2, 12);
    expect(l[2] * l[2] + l[3] * l[3]).toBeCloseTo(3, 12);
    expect(l[1]).toBe(0);
  });
  it('a singular matrix is regularised instead of failing', () => {
    const l = cholesky(Float64Array.from([1, 1, 1, 1]), 2, Float64Array.from([1e-6, 1e-6]));
    expect(l.every(Number.isFinite)).toBe(true);
  });
  it('log kernel is −½ of the Mahalanobis distance; sampling maps z through L', () => {
    const l = cholesky(a, 2, Float64Array.from([0, 0]));
    const x = [1.5, -0.5];
    // Σ⁻¹ = 1/8 [[3, −2], [−2, 4]]
    const quad = (3 * x[0] * x[0] - 4 * x[0] * x[1] + 4 * x[1] * x[1]) / 8;
    expect(logKernel(x, [0, 0], l)).toBeCloseTo(-0.5 * quad, 12);
    const s = sampleNormal([1, 1], l, [1, 0]);
    expect(Array.from(s)).toEqual([1 + l[0], 1 + l[2]]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  mean,
  median,
  pooledStandardError,
  pooledStandardErrorFromSd,
  quantile,
  sampleSd,
  sampleVariance,
  standardError,
  welchDegreesOfFreedom,
  welchT,
} from '../../src/statistics/descriptive.js';

// Flee's first mali2012 batch (flee-model.md §14.2): E_rescaled and E_normal of 5 runs.
const RESCALED = [0.3084, 0.3053, 0.316, 0.3088, 0.3098];
const NORMAL = [0.3573, 0.3544, 0.3623, 0.3546, 0.3558];

describe('descriptive statistics (expected values from numpy 2.4 / scipy)', () => {
  it('mean, sample sd and standard error', () => {
    expect(mean(RESCALED)).toBeCloseTo(0.30966, 15);
    expect(sampleSd(RESCALED)).toBeCloseTo(0.003922754134533538, 15);
    expect(standardError(RESCALED)).toBeCloseTo(0.001754308980767069, 15);
    expect(mean(Float64Array.from(NORMAL))).toBeCloseTo(0.35688, 15);
    expect(sampleSd(NORMAL)).toBeCloseTo(0.00324299244525793, 15);
    expect(sampleVariance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 15);
  });

  it('edge cases: empty and single-value samples', () => {
    expect(mean([])).toBeNaN();
    expect(sampleSd([1])).toBeNaN();
    expect(standardError([1])).toBeNaN();
    expect(sampleSd([2, 2, 2])).toBe(0);
  });

  it('pooled standard error of a difference of means', () => {
    expect(pooledStandardError(RESCALED, NORMAL)).toBeCloseTo(0.002276181012134139, 15);
    expect(pooledStandardErrorFromSd(3, 9, 4, 16)).toBe(Math.sqrt(2));
    expect(pooledStandardError([1], NORMAL)).toBeNaN();
  });

  it('Welch t statistic and degrees of freedom (scipy ttest_ind equal_var=False)', () => {
    expect(welchT(RESCALED, NORMAL)).toBeCloseTo(-20.745274540238228, 11);
    expect(welchDegreesOfFreedom(RESCALED, NORMAL)).toBeCloseTo(7.726807265375204, 11);
    expect(welchT([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(welchT([1, 1], [2, 2])).toBe(-Infinity);
  });

  it('quantile matches numpy linear interpolation bit for bit', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const expected: [number, number][] = [
      [0, 1],
      [0.1, 1],
      [0.25, 1.75],
      [0.5, 3.5],
      [0.75, 5.25],
      [0.9, 6.8999999999999995],
      [0.95, 7.949999999999998],
      [1, 9],
      [1 / 3, 2.333333333333333],
    ];
    for (const [q, v] of expected) expect(quantile(x, q), `q=${q}`).toBe(v);
    expect(quantile([0.1, 0.7, 0.2], 0.3)).toBe(0.16);
    expect(quantile([0.1, 0.7, 0.2], 0.55)).toBe(0.25000000000000006);
    expect(quantile([0.1, 0.7, 0.2], 0.99)).toBe(0.69);
    expect(median([5, 1, 3])).toBe(3);
    expect(x).toEqual([3, 1, 4, 1, 5, 9, 2, 6]); // input untouched
  });

  it('quantile edge cases', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([7], 0.3)).toBe(7);
    expect(quantile([1, NaN, 2], 0.5)).toBeNaN();
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantile([1, 2], NaN)).toThrow(RangeError);
  });
});

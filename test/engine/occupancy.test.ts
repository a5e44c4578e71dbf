import { describe, expect, it } from 'vitest';
import { occupancyMultiplier } from '../../src/engine/occupancy.js';

describe('occupancy multiplier (flee-model.md §8.2 example)', () => {
  // CSV capacity 100, day-0 value 30 -> K = 70; capacity_scaling 2 -> cap 140; buffer 0.9.
  const c = (n: number) => occupancyMultiplier(70, n, 2, 0.9);
  it('is 1 up to the buffer, falls linearly, and is 0 at capacity', () => {
    expect(c(126)).toBe(1);
    expect(c(127)).toBeCloseTo(0.9286, 4);
    expect(c(139)).toBeCloseTo(0.0714, 4);
    expect(c(140)).toBe(0);
    expect(c(500)).toBe(0);
  });
  it('the full-camp rejection (C < 0.5) starts at n = 133, where C is 0.5 only in exact arithmetic', () => {
    expect(c(132)).toBeGreaterThanOrEqual(0.5);
    expect(c(133)).toBeLessThan(0.5);
  });
  it('treats capacities below one after scaling as unlimited', () => {
    expect(occupancyMultiplier(0, 10_000, 1, 0.9)).toBe(1);
    expect(occupancyMultiplier(-1, 10_000, 1, 0.9)).toBe(1);
  });
  it('with a buffer of 1 jumps from 1 to 0 past capacity', () => {
    expect(occupancyMultiplier(10, 10, 1, 1)).toBe(1);
    expect(occupancyMultiplier(10, 11, 1, 1)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { validationErrors, validationInputFromRecord } from '../../src/statistics/validationError.js';
import type { RunRecord } from '../../src/recorders/types.js';
import { formatOutCsv, readOutCsvColumns } from '../../src/runFiles/outCsv.js';
import { TINY_OUT_CSV, tinyRecord } from '../runFiles/fixtures.js';

describe('validationErrors', () => {
  // Hand computation for tinyRecord (camps A, B; U = UNHCR camp total, S = simulated camp total):
  // day 0: U=8,  S=10: normal (2+0)/8 = 0.25;  rescaled r = (8, 0) -> 0
  // day 1: U=14, S=15: normal (2+1)/14;        rescaled r = (11.2, 2.8) -> (1.2 + 1.2)/14
  // day 2: raw = 0 so out.csv has U=0; S=0: both 0 (all zero)
  // day 3: U=10, S=0 (S = 0 -> r = 0): normal (5+5)/10 = 1; rescaled (5+5)/10 = 1
  // day 4: U=0 (data 0), S=4: normal (3+1)/max(0,1) = 4; rescaled r = y*0/4 = 0 -> 0
  const perDayNormal = [0.25, 3 / 14, 0, 1, 4];
  const perDayRescaled = [0, 2.4 / 14, 0, 1, 0];

  it('computes E_normal and E_rescaled over every day, day 0 included', () => {
    const v = validationErrors(tinyRecord());
    expect(v.days).toBe(5);
    expect(Array.from(v.perDay.normal)).toEqual(perDayNormal.map((x) => expect.closeTo(x, 15) as number));
    expect(Array.from(v.perDay.rescaled)).toEqual(perDayRescaled.map((x) => expect.closeTo(x, 15) as number));
    // Values from CPython on the same formulas.
    expect(v.ard).toBeCloseTo(1.092857142857143, 15);
    expect(v.ardRescaled).toBeCloseTo(0.2342857142857143, 15);
  });

  it('splits the errors by camp', () => {
    const v = validationErrors(tinyRecord());
    expect(v.perCamp.normal[0]).toBeCloseTo(0.7785714285714286, 15);
    expect(v.perCamp.normal[1]).toBeCloseTo(0.3142857142857143, 15);
    expect(v.perCamp.rescaled[0]).toBeCloseTo(0.11714285714285715, 15);
    expect(v.perCamp.rescaled[1]).toBeCloseTo(0.11714285714285715, 15);
    expect(v.perCamp.normal[0] + v.perCamp.normal[1]).toBeCloseTo(v.ard, 14);
    expect(v.perCamp.normalShare[0] + v.perCamp.normalShare[1]).toBeCloseTo(1, 14);
    expect(v.perCamp.rescaledShare[0]).toBeCloseTo(0.5, 14);
  });

  it('gives the same result from a record and from its out.csv', () => {
    const fromRecord = validationErrors(tinyRecord());
    const fromFile = validationErrors(readOutCsvColumns(TINY_OUT_CSV));
    expect(fromFile.ard).toBe(fromRecord.ard);
    expect(fromFile.ardRescaled).toBe(fromRecord.ardRescaled);
    expect(Array.from(fromFile.perDay.rescaled)).toEqual(Array.from(fromRecord.perDay.rescaled));
  });

  it('uses U = 0 on raw <= 0 days, as out.csv prints it', () => {
    const r: RunRecord = { ...tinyRecord(), rawCount: Float64Array.from([0, 0, 0, 0, 0]) };
    const input = validationInputFromRecord(r);
    expect(Array.from(input.unhcrInCamps)).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(input.simInCamps)).toEqual([10, 15, 0, 0, 4]);
    const v = validationErrors(r);
    // Every day divides by max(0, 1) = 1 and rescales to r = 0.
    expect(Array.from(v.perDay.normal)).toEqual([2, 3, 0, 10, 4]);
    expect(Array.from(v.perDay.rescaled)).toEqual([8, 14, 0, 10, 0]);
    expect(validationErrors(readOutCsvColumns(formatOutCsv(r))).ard).toBe(v.ard);
  });

  it('rounds each rescaled absolute difference to 4 decimals (Python round)', () => {
    // One day, three camps, U = 3, S = 7: r = y * 3 / 7.
    const v = validationErrors({
      days: 1,
      campNames: ['a', 'b', 'c'],
      campSim: [1, 2, 4],
      campData: [1, 1, 1],
      unhcrInCamps: [3],
      simInCamps: [7],
    });
    // |3/7 - 1| = 0.571428.. -> 0.5714; |6/7 - 1| = 0.142857.. -> 0.1429; |12/7 - 1| = 0.714285.. -> 0.7143
    expect(v.ardRescaled).toBeCloseTo((0.5714 + 0.1429 + 0.7143) / 3, 15);
    expect(v.ard).toBeCloseTo((0 + 1 + 3) / 3, 15);
  });

  it('returns NaN for a run without days', () => {
    const v = validationErrors({ days: 0, campNames: ['a'], campSim: [], campData: [], unhcrInCamps: [], simInCamps: [] });
    expect(v.ard).toBeNaN();
    expect(v.ardRescaled).toBeNaN();
  });
});

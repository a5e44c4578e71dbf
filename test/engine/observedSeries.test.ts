import { describe, expect, it } from 'vitest';
import { applyCorrections, interpolateAt, scaledSeries } from '../../src/engine/observedSeries.js';

const pts = (o: Record<number, number>) => Object.entries(o).map(([d, v]) => ({ day: Number(d), value: v }));

describe('observed series', () => {
  const series = (files: Record<number, number>[]) => ({
    name: 's',
    location: -1,
    files: files.map((f, k) => ({ file: `f${k}.csv`, points: Object.entries(f).map(([d, c]) => ({ day: Number(d), count: c })) })),
    source: { file: 'source_data/data_layout.csv', line: 2 },
  });
  it('divides by hasten, then combines files by Flee\'s step-add rule (§2.8 example)', () => {
    const merged = scaledSeries(series([{ 0: 100, 10: 200, 20: 300, 40: 500 }, { 0: 10, 5: 20, 10: 30, 15: 40 }]), 10);
    expect(merged).toEqual(pts({ 0: 11, 5: 22, 10: 23, 15: 34 }));
  });
  it('cannot combine a second file that starts after the first (Flee crashes)', () => {
    expect(scaledSeries(series([{ 0: 1, 10: 2 }, { 5: 1 }]), 1)).toBeUndefined();
  });
  it('interpolates linearly, truncates, and extrapolates flat at both ends (§8.3)', () => {
    const rows = pts({ 5: 10, 15: 20.9 });
    expect(interpolateAt(rows, 0)).toBe(10);
    expect(interpolateAt(rows, 5)).toBe(10);
    expect(interpolateAt(rows, 10)).toBe(15); // 15.45 truncated
    expect(interpolateAt(rows, 14)).toBe(19); // 19.81 truncated
    expect(interpolateAt(rows, 15)).toBe(20);
    expect(interpolateAt(rows, 99)).toBe(20);
  });
  it('scales every row before a correction date by v_i / v_(i-1) (§2.9)', () => {
    const table = pts({ 0: 100, 10: 200, 20: 50 });
    const failed = applyCorrections([table], [{ series: 0, day: 20, source: { file: 'x', line: 1 } }]);
    expect(failed).toBe(-1);
    expect(table.map((r) => r.value)).toEqual([25, 50, 50]);
  });
  it('reports a correction whose date is not a row', () => {
    expect(applyCorrections([pts({ 0: 1, 10: 2 })], [{ series: 0, day: 5, source: { file: 'x', line: 3 } }])).toBe(0);
  });
});

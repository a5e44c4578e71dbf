import { describe, expect, it } from 'vitest';
import { mergeSeriesFiles, stepAddMerge } from '../../src/domain/seriesMerge.js';

const rows = (o: Record<number, number>) => Object.entries(o).map(([d, c]) => ({ day: Number(d), count: c }));

describe('step-add merge of multi-file series (§2.8, Q14)', () => {
  it('reproduces the worked example of the model', () => {
    const merged = stepAddMerge(rows({ 0: 10, 10: 20, 20: 30, 40: 50 }), rows({ 0: 1, 5: 2, 10: 3, 15: 4 }));
    expect(merged).toEqual({ ok: true, rows: rows({ 0: 11, 5: 22, 10: 23, 15: 34 }) });
  });

  it('emits A rows passed by B with the last consumed B value', () => {
    const merged = stepAddMerge(rows({ 0: 10, 10: 20, 20: 30 }), rows({ 0: 1, 25: 2 }));
    // B day 25 passes A days 10 and 20; it is beyond A's end, so it is lost itself
    expect(merged).toEqual({ ok: true, rows: rows({ 0: 11, 10: 21, 20: 31 }) });
  });

  it('reports a second file that starts later than the first', () => {
    expect(stepAddMerge(rows({ 0: 10, 10: 20 }), rows({ 5: 1 }))).toEqual({ ok: false, bDay: 5, aDay: 0 });
  });

  it('merges three files left to right', () => {
    const r = mergeSeriesFiles([rows({ 0: 1, 10: 2 }), rows({ 0: 10, 10: 20 }), rows({ 0: 100, 10: 200 })]);
    expect(r).toEqual({ ok: true, rows: rows({ 0: 111, 10: 222 }) });
  });
});

/**
 * Observed (UNHCR) series as the model uses them (flee-model.md §2.8, §2.9, §8.3): counts divided
 * by the hasten factor, multi-file rows combined by Flee's step-add rule (Q14), registration
 * corrections applied, then linear interpolation truncated to integers.
 */
import { mergeSeriesFiles } from '../domain/seriesMerge.js';
import type { ObservedSeries, RegistrationCorrection } from '../domain/scenario.js';

export interface ScaledPoint {
  readonly day: number;
  readonly value: number; // real, after division by hasten
}

/** Divides by hasten and merges a series' files left to right (Flee's step-add rule, Q14). */
export function scaledSeries(series: ObservedSeries, hasten: number): ScaledPoint[] | undefined {
  const merged = mergeSeriesFiles(series.files.map((f) => f.points.map((p) => ({ day: p.day, count: p.count / hasten }))));
  return merged.ok ? merged.rows.map((r) => ({ day: r.day, value: r.count })) : undefined;
}

/**
 * Applies registration corrections in file order (§2.9): every row before the correction date is
 * multiplied by v_i / v_{i-1}. Returns the index of the first correction whose date is not a row
 * (or is the first row), or -1 when all applied.
 */
export function applyCorrections(
  tables: ScaledPoint[][],
  corrections: readonly RegistrationCorrection[],
): number {
  for (let k = 0; k < corrections.length; k++) {
    const c = corrections[k];
    const rows = tables[c.series];
    const i = rows.findIndex((r) => r.day === c.day);
    if (i <= 0) return k;
    const factor = rows[i].value / rows[i - 1].value;
    for (let j = 0; j < i; j++) rows[j] = { day: rows[j].day, value: rows[j].value * factor };
  }
  return -1;
}

/**
 * obs(t) for integer day t (§8.3): interpolated, extrapolated flat at both ends, truncated.
 * Rows are taken in file order, as Flee's DataTable takes them: t at or before the first row's
 * day gives the first row; otherwise the first row after it (in file order) whose day is later
 * than t, and the row just before that one, are interpolated between; with no such row, the last
 * row in file order holds. Rows in strictly increasing date order give ordinary interpolation.
 */
export function interpolateAt(rows: readonly ScaledPoint[], t: number, ordered = inDateOrder(rows)): number {
  if (rows.length === 0) return 0;
  if (t <= rows[0].day) return Math.trunc(rows[0].value);
  const hi = ordered ? firstLaterRowSorted(rows, t) : firstLaterRowInFileOrder(rows, t);
  if (hi < 0) return Math.trunc(rows[rows.length - 1].value);
  const a = rows[hi - 1];
  const b = rows[hi];
  return Math.trunc(a.value + ((t - a.day) / (b.day - a.day)) * (b.value - a.value));
}

/** Every row's day is later than the one before it. */
export function inDateOrder(rows: readonly ScaledPoint[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i].day <= rows[i - 1].day) return false;
  return true;
}

/** Index (>= 1) of the first row with day > t, or -1; rows sorted, t after the first row's day. */
function firstLaterRowSorted(rows: readonly ScaledPoint[], t: number): number {
  if (t >= rows[rows.length - 1].day) return -1;
  let lo = 0;
  let hi = rows.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].day <= t) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Index (>= 1) of the first row, scanning in file order, with day > t, or -1. Every row before
 * it has day <= t, so the interval it closes with the row before runs forward in time.
 */
function firstLaterRowInFileOrder(rows: readonly ScaledPoint[], t: number): number {
  for (let i = 1; i < rows.length; i++) if (t < rows[i].day) return i;
  return -1;
}

/** obs(t) for t = 0..days-1. */
export function dailyValues(rows: readonly ScaledPoint[], days: number): Float64Array {
  const out = new Float64Array(days);
  const ordered = inDateOrder(rows);
  for (let t = 0; t < days; t++) out[t] = interpolateAt(rows, t, ordered);
  return out;
}

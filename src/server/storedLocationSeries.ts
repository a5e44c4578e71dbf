/**
 * One location's whole series in some runs, from the store's location_series table (one row per
 * run and location: a lookup reads one small row group). Runs stored before that table existed
 * have no rows there; they are left out of the answer, and callers read location_days instead.
 */
import type { StoreReader } from '../store/storeReader.js';

/** present[d] per run id, for the runs whose series is stored (at most `days` values each). */
export async function readStoredSeries(reader: StoreReader, location: string, runIds: readonly string[], days: number): Promise<Map<string, number[]>> {
  const list = runIds.map((_, i) => `$${i + 2}`).join(', ');
  const found = await reader.query(`SELECT run_id, present FROM location_series WHERE location = $1 AND run_id IN (${list})`, [location, ...runIds]);
  const out = new Map<string, number[]>();
  for (const [id, present] of found.rows) {
    if (typeof id !== 'string' || !Array.isArray(present)) continue;
    const series = new Array<number>(days).fill(0);
    for (let d = 0; d < Math.min(days, present.length); d++) series[d] = Number(present[d] ?? 0);
    out.set(id, series);
  }
  return out;
}

/** The lowest and highest value of each day over the runs' series. */
export function seriesBand(series: readonly (readonly number[])[], days: number): { low: number[]; high: number[] } {
  const low = new Array<number>(days).fill(0);
  const high = new Array<number>(days).fill(0);
  for (let d = 0; d < days; d++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of series) {
      lo = Math.min(lo, s[d]);
      hi = Math.max(hi, s[d]);
    }
    if (series.length > 0) {
      low[d] = lo;
      high[d] = hi;
    }
  }
  return { low, high };
}

/**
 * One location over every day of a run: people present in this run, the band over its replicas
 * (lowest and highest value each day, when the store holds more than one), and the observed
 * series when the location is a camp with observations. The series come from location_series;
 * for runs stored before that table existed, from location_days (a scan of every day's rows).
 */
import type { LocationSeries } from './apiTypes.js';
import { BadRequest } from './badRequest.js';
import type { RunNetwork } from './runNetwork.js';
import { readStoredSeries, seriesBand } from './storedLocationSeries.js';
import type { StoreReader } from '../store/storeReader.js';

export async function readLocationSeries(reader: StoreReader, net: RunNetwork, days: number, location: string, replicaRunIds: readonly string[]): Promise<LocationSeries> {
  const index = net.indexOf.get(location);
  if (index === undefined) throw new BadRequest(`location: no location "${location}" in run ${net.runId} (expected a name shown on the map)`, 404);
  const runs = [...new Set([net.runId, ...replicaRunIds])];
  const stored = await readStoredSeries(reader, location, runs, days);
  let present = stored.get(net.runId);
  if (present === undefined) {
    const own = await reader.int32Columns(`SELECT "day", present FROM location_days WHERE run_id = $1 AND location = $2 ORDER BY "day"`, [net.runId, location]);
    present = dense(days, own.data[0], own.data[1], 0);
  }
  const out: { -readonly [K in keyof LocationSeries]: LocationSeries[K] } = { location, kind: net.kinds[index], present };
  if (replicaRunIds.length > 1) {
    const replicas = replicaRunIds.map((id) => stored.get(id));
    if (replicas.every((s) => s !== undefined)) out.band = { replicas: replicaRunIds.length, ...seriesBand(replicas, days) };
    else {
      const list = replicaRunIds.map((_, i) => `$${i + 2}`).join(', ');
      const band = await reader.int32Columns(
        `SELECT "day", min(present)::INTEGER, max(present)::INTEGER FROM location_days WHERE location = $1 AND run_id IN (${list}) GROUP BY "day" ORDER BY "day"`,
        [location, ...replicaRunIds],
      );
      out.band = { replicas: replicaRunIds.length, low: dense(days, band.data[0], band.data[1], 0), high: dense(days, band.data[0], band.data[2], 0) };
    }
  }
  const observed = await reader.query(`SELECT "day", data FROM camp_days WHERE run_id = $1 AND camp = $2 ORDER BY "day"`, [net.runId, location]);
  // Corridor destinations are camps with no observations (all 0): nothing to show then.
  if (observed.rows.some(([, v]) => v !== null && Number(v) > 0)) {
    const series: (number | null)[] = new Array<number | null>(days).fill(null);
    for (const [d, v] of observed.rows) if (typeof d === 'number' && d >= 0 && d < days && v !== null) series[d] = Number(v);
    out.observed = series;
  }
  return out;
}

function dense(days: number, day: Int32Array, value: Int32Array, fill: number): number[] {
  const out = new Array<number>(days).fill(fill);
  for (let k = 0; k < day.length; k++) if (day[k] >= 0 && day[k] < days) out[day[k]] = value[k];
  return out;
}

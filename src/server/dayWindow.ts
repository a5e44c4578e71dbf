/**
 * People present at every location and link flows, for a window of consecutive days: what the
 * map needs to play through the days. Day-major dense arrays (day d, location l at d * n + l).
 * A window is bounded so one response stays below MAX_WINDOW_VALUES numbers.
 */
import { LOCATION_INDEX_SQL } from './runNetwork.js';
import type { RunNetwork } from './runNetwork.js';
import type { StoreReader } from '../store/storeReader.js';

export const MAX_WINDOW_DAYS = 64;
export const MAX_WINDOW_VALUES = 4_000_000;

export interface DayWindow {
  readonly from: number;
  readonly days: number;
  readonly present: Int32Array;
  readonly flow: Int32Array;
}

/** The most days one window may hold for this network. */
export function maxWindowDays(net: RunNetwork): number {
  const perDay = net.names.length + net.linkEnds.length / 2;
  return Math.max(1, Math.min(MAX_WINDOW_DAYS, Math.floor(MAX_WINDOW_VALUES / Math.max(1, perDay))));
}

export async function readDayWindow(reader: StoreReader, net: RunNetwork, from: number, days: number): Promise<DayWindow> {
  const n = net.names.length;
  const links = net.linkEnds.length / 2;
  const to = from + days - 1;
  const present = new Int32Array(days * n);
  const flow = new Int32Array(days * links);
  const places = await reader.int32Columns(
    `WITH idx AS (${LOCATION_INDEX_SQL})
     SELECT (d."day" - $2::INTEGER)::INTEGER, idx.i, d.present FROM location_days d JOIN idx ON idx.location = d.location
     WHERE d.run_id = $1 AND d."day" BETWEEN $2::INTEGER AND $3::INTEGER AND d.present <> 0`,
    [net.runId, from, to],
  );
  scatter(present, n, places.data);
  const moves = await reader.int32Columns(
    `SELECT ("day" - $2::INTEGER)::INTEGER, link, flow FROM link_days
     WHERE run_id = $1 AND "day" BETWEEN $2::INTEGER AND $3::INTEGER AND flow <> 0`,
    [net.runId, from, to],
  );
  scatter(flow, links, moves.data);
  return { from, days, present, flow };
}

function scatter(out: Int32Array, width: number, [day, index, value]: readonly Int32Array[]): void {
  for (let k = 0; k < day.length; k++) out[day[k] * width + index[k]] = value[k];
}

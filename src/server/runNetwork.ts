/**
 * A run's network as the dashboard draws it: locations (name, kind, position) and links (their two
 * ends). Locations are numbered in name order, the one order every query here uses, so a day
 * window's arrays line up with these names without sending a name per value.
 */
import { join } from 'node:path';
import { BadRequest } from './badRequest.js';
import { cellText } from '../store/resultText.js';
import { quoteLiteral } from '../store/schema.js';
import type { StoreReader } from '../store/storeReader.js';
import { storeLayout } from '../store/storeLayout.js';

export interface RunNetwork {
  readonly runId: string;
  readonly names: readonly string[];
  readonly kinds: readonly string[];
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  /** [from0, to0, from1, to1, ...] location indices, by the store's link number. */
  readonly linkEnds: Int32Array;
  readonly indexOf: ReadonlyMap<string, number>;
  /**
   * Scales of the map: the largest count of people present anywhere and the largest link flow,
   * from the Parquet statistics of the run's partition (so over the runs stored with it, e.g. its
   * replicas), which costs no scan of the data.
   */
  readonly maxPresent: number;
  readonly maxFlow: number;
  /** The location with the most people present on any day (the one charted first). */
  readonly busiest: number;
}

type Use = <T>(work: (r: StoreReader) => Promise<T>) => Promise<T>;

/** The index of each location: its rank in name order. */
export const LOCATION_INDEX_SQL = `SELECT location, (row_number() OVER (ORDER BY location) - 1)::INTEGER AS i FROM locations WHERE run_id = $1`;

export async function readRunNetwork(use: Use, runId: string): Promise<RunNetwork> {
  const [locations, links, peaks, top] = await Promise.all([
    use((r) => r.query('SELECT location, kind, latitude, longitude FROM locations WHERE run_id = $1 ORDER BY location', [runId])),
    use((r) =>
      r.int32Columns(
        `WITH idx AS (${LOCATION_INDEX_SQL})
         SELECT d.link, f.i, t.i FROM link_days d JOIN idx f ON f.location = d.from_location JOIN idx t ON t.location = d.to_location
         WHERE d.run_id = $1 AND d."day" = 0 ORDER BY d.link`,
        [runId],
      ),
    ),
    use((r) => partitionPeaks(r, runId)),
    use((r) => busiestLocation(r, runId)),
  ]);
  if (locations.rows.length === 0) throw new BadRequest(`run ${runId} has no network series (it was run without recording every location)`, 404);
  const names = locations.rows.map((r) => cellText(r[0]));
  const indexOf = new Map(names.map((name, i) => [name, i]));
  const [linkNumber, from, to] = links.data;
  const linkCount = linkNumber.length === 0 ? 0 : linkNumber[linkNumber.length - 1] + 1;
  const linkEnds = new Int32Array(2 * linkCount);
  for (let k = 0; k < linkNumber.length; k++) {
    linkEnds[2 * linkNumber[k]] = from[k];
    linkEnds[2 * linkNumber[k] + 1] = to[k];
  }
  return {
    runId,
    names,
    kinds: locations.rows.map((r) => cellText(r[1])),
    latitudes: Float64Array.from(locations.rows, (r) => Number(r[2])),
    longitudes: Float64Array.from(locations.rows, (r) => Number(r[3])),
    linkEnds,
    indexOf,
    maxPresent: peaks.present,
    maxFlow: peaks.flow,
    busiest: top === undefined ? 0 : (indexOf.get(top) ?? 0),
  };
}

/** The location with the most people present on any day: from location_series, else location_days. */
async function busiestLocation(r: StoreReader, runId: string): Promise<string | undefined> {
  const order = 'ORDER BY peak DESC, location LIMIT 1';
  let top = await r.query(`SELECT location, peak FROM location_series WHERE run_id = $1 ${order}`, [runId]);
  if (top.rows.length === 0) top = await r.query(`SELECT location, present AS peak FROM location_days WHERE run_id = $1 ${order}`, [runId]);
  return top.rows.length === 0 ? undefined : cellText(top.rows[0][0]);
}

/** Largest `present` and `flow` in the row groups of the run's partition that can hold the run. */
async function partitionPeaks(r: StoreReader, runId: string): Promise<{ present: number; flow: number }> {
  const file = await r.query(`SELECT DISTINCT filename FROM read_parquet(${quoteLiteral(join(storeLayout(r.dir).partsDir, '*', 'runs.parquet'))}, filename = true) WHERE run_id = $1`, [runId]);
  const runsFile = file.rows.length === 1 ? cellText(file.rows[0][0]) : undefined;
  if (runsFile === undefined || !runsFile.endsWith('/runs.parquet')) return { present: 1, flow: 1 };
  const peak = async (table: string, column: string) => {
    const path = quoteLiteral(runsFile.slice(0, -'runs.parquet'.length) + `${table}.parquet`);
    const result = await r.query(
      `WITH groups AS (SELECT row_group_id FROM parquet_metadata(${path}) WHERE path_in_schema = 'run_id' AND stats_min_value <= $1 AND stats_max_value >= $1)
       SELECT coalesce(max(TRY_CAST(stats_max_value AS INTEGER)), 0)::INTEGER FROM parquet_metadata(${path}) WHERE path_in_schema = $2 AND row_group_id IN (SELECT row_group_id FROM groups)`,
      [runId, column],
    );
    return Math.max(1, Number(result.rows[0]?.[0] ?? 1));
  };
  return { present: await peak('location_days', 'present'), flow: await peak('link_days', 'flow') };
}

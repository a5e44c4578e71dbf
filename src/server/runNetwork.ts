/**
 * A run's network as the dashboard draws it: locations (name, kind, position) and links (their two
 * ends). Locations are numbered in name order, the one order every query here uses, so a day
 * window's arrays line up with these names without sending a name per value.
 */
import { BadRequest } from './badRequest.js';
import { cellText } from '../store/resultText.js';
import type { StoreReader } from '../store/storeReader.js';

export interface RunNetwork {
  readonly runId: string;
  readonly names: readonly string[];
  readonly kinds: readonly string[];
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  /** [from0, to0, from1, to1, ...] location indices, by the store's link number. */
  readonly linkEnds: Int32Array;
  readonly indexOf: ReadonlyMap<string, number>;
  /** The largest count of people present anywhere, and the largest link flow, over the run (the map's scales). */
  readonly maxPresent: number;
  readonly maxFlow: number;
  /** The location with the most people present on any day (the one charted first). */
  readonly busiest: number;
}

/** The index of each location: its rank in name order. */
export const LOCATION_INDEX_SQL = `SELECT location, (row_number() OVER (ORDER BY location) - 1)::INTEGER AS i FROM locations WHERE run_id = $1`;

export async function readRunNetwork(reader: StoreReader, runId: string): Promise<RunNetwork> {
  const locations = await reader.query('SELECT location, kind, latitude, longitude FROM locations WHERE run_id = $1 ORDER BY location', [runId]);
  if (locations.rows.length === 0) throw new BadRequest(`run ${runId} has no network series (it was run without recording every location)`, 404);
  const names = locations.rows.map((r) => cellText(r[0]));
  const indexOf = new Map(names.map((name, i) => [name, i]));
  const links = await reader.int32Columns(
    `WITH idx AS (${LOCATION_INDEX_SQL})
     SELECT d.link, f.i, t.i FROM link_days d JOIN idx f ON f.location = d.from_location JOIN idx t ON t.location = d.to_location
     WHERE d.run_id = $1 AND d."day" = 0 ORDER BY d.link`,
    [runId],
  );
  const [linkNumber, from, to] = links.data;
  const linkCount = linkNumber.length === 0 ? 0 : linkNumber[linkNumber.length - 1] + 1;
  const linkEnds = new Int32Array(2 * linkCount);
  for (let k = 0; k < linkNumber.length; k++) {
    linkEnds[2 * linkNumber[k]] = from[k];
    linkEnds[2 * linkNumber[k] + 1] = to[k];
  }
  const peaks = await reader.int32Columns(
    `SELECT coalesce((SELECT max(present) FROM location_days WHERE run_id = $1), 0)::INTEGER, coalesce((SELECT max(flow) FROM link_days WHERE run_id = $1), 0)::INTEGER`,
    [runId],
  );
  const top = await reader.query('SELECT location FROM location_days WHERE run_id = $1 ORDER BY present DESC, location LIMIT 1', [runId]);
  return {
    runId,
    busiest: top.rows.length === 0 ? 0 : (indexOf.get(cellText(top.rows[0][0])) ?? 0),
    maxPresent: peaks.data[0][0],
    maxFlow: peaks.data[1][0],
    names,
    kinds: locations.rows.map((r) => cellText(r[1])),
    latitudes: Float64Array.from(locations.rows, (r) => Number(r[2])),
    longitudes: Float64Array.from(locations.rows, (r) => Number(r[3])),
    linkEnds,
    indexOf,
  };
}

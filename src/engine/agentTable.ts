import { allocateColumns, attachColumns, defineColumns, fillDefaults, growColumns } from './columns.js';
import type { ColumnsOf, SharedColumns } from './columns.js';

/**
 * Agents as columns of typed arrays (no per-agent objects). Agent ids are creation order, and
 * phases visit agents in that order (though, since phases read counts snapshotted at their start
 * and draw from streams keyed by agent id, no result depends on the order).
 *
 * The columns are declared once, here; allocation, growth, the defaults of new agents and the
 * shared memory of runs split over threads derive from this declaration (columns.ts).
 * Memory: 31⅛ bytes per agent (bytesPerRow(AGENT_COLUMNS)).
 */
export const AGENT_COLUMNS = defineColumns([
  /** Current location, or the location the agent's link starts from while travelling. (4 B) */
  { name: 'location', type: 'i32', default: -1 },
  /** Link object id while travelling, -1 at a location; written with the on-link bit by putOnLink/takeOffLink. (4 B) */
  { name: 'link', type: 'i32', default: -1 },
  /** km progress on the current link. (4 B) */
  { name: 'distanceOnLink', type: 'f32', default: 0 },
  /**
   * recent_travel_distance (§7.7) at entry 2a, as of the end of the day stored at entry 2a + 1 of
   * its view `recentTravelDay` (it halves every day without travel): two views of one buffer, so
   * that the value and its day share a cache line. Read and write through
   * recentTravelAt/setRecentTravel. (4 + 4 B)
   */
  { name: 'recentTravel', type: 'f32', width: 2, default: 0, views: [{ name: 'recentTravelDay', type: 'i32' }] },
  /** Remaining route: path id in the pool (-1 = empty route) and index of the next waypoint. (4 + 2 B) */
  { name: 'routePath', type: 'i32', default: -1 },
  { name: 'routePosition', type: 'u16', default: 0 },
  /** Flee's places_travelled, saturating at 255 (only `== 1` is ever tested). (1 B) */
  { name: 'placesTravelled', type: 'u8', default: 1 },
  /**
   * The day on which the agent's leave draw at its location succeeds (a geometric waiting time
   * drawn once, equivalent to one Bernoulli draw per day), -1 when not drawn yet, and
   * `TRAVELLING` while the agent is on a link (so one comparison skips it). (4 B)
   */
  { name: 'nextLeaveDay', type: 'i32', default: -1 },
  /**
   * One bit per agent, set while the agent is on a link (`link >= 0`): how the travel phase finds
   * its travellers without reading every agent's link. Never shared between threads (each thread
   * keeps the bits of its own agents). Set and cleared through putOnLink/takeOffLink. (1/8 B)
   */
  { name: 'onLink', type: 'bit', default: 0, perThread: true },
]);

export type AgentColumns = ColumnsOf<typeof AGENT_COLUMNS>;

/** Shared memory for the agent columns of a run split over threads (fixed capacity). */
export type AgentBuffers = SharedColumns;

export interface AgentTable extends AgentColumns {
  count: number;
  capacity: number;
  /** Columns on shared memory (fixed capacity). */
  readonly shared: boolean;
}

/** `nextLeaveDay` of an agent on a link: later than any day. */
export const TRAVELLING = 0x7fffffff;

/**
 * Columns for `capacity` agents; on `shared` buffers when the run is split over threads (their
 * capacity is then fixed). A row is initialised when its agent is added (addAgents), so capacity
 * planned ahead costs no resident memory until it is used.
 */
export function createAgentTable(capacity: number, shared?: AgentBuffers): AgentTable {
  if (shared !== undefined) return agentTable(attachColumns(AGENT_COLUMNS, shared), shared.capacity, true);
  const c = Math.max(16, capacity);
  return agentTable(allocateColumns(AGENT_COLUMNS, c, { defaults: false }), c, false);
}

/**
 * The table as one object literal, so that every table has the same shape with all its fields
 * in the object itself (V8 keeps only the first four fields of an object built key by key there,
 * and the hot loops read these fields per agent). A column missing here fails the type check.
 */
function agentTable(c: AgentColumns, capacity: number, shared: boolean): AgentTable {
  return {
    count: 0,
    capacity,
    location: c.location,
    link: c.link,
    distanceOnLink: c.distanceOnLink,
    recentTravel: c.recentTravel,
    recentTravelDay: c.recentTravelDay,
    routePath: c.routePath,
    routePosition: c.routePosition,
    placesTravelled: c.placesTravelled,
    nextLeaveDay: c.nextLeaveDay,
    onLink: c.onLink,
    shared,
  };
}

function ensureCapacity(t: AgentTable, needed: number): void {
  if (needed <= t.capacity) return;
  if (t.shared) throw new Error(`agent capacity ${t.capacity} exceeded (${needed} needed) in a run split over threads`);
  const c = Math.max(needed, Math.ceil(t.capacity * 1.5));
  growColumns(AGENT_COLUMNS, t, c, { defaults: false });
  t.capacity = c;
}

/** Appends `n` agents at location `l` on `day`; returns the id of the first. Location counts are the caller's. */
export function addAgents(t: AgentTable, l: number, n: number, day: number): number {
  ensureCapacity(t, t.count + n);
  const first = t.count;
  const end = first + n;
  fillDefaults(AGENT_COLUMNS, t, first, end);
  t.location.fill(l, first, end);
  for (let a = first; a < end; a++) t.recentTravelDay[2 * a + 1] = day - 1;
  t.count = end;
  return first;
}

const HALVINGS = Float64Array.from({ length: 64 }, (_, k) => 0.5 ** k);

/** recent_travel_distance as of the end of day `day` (it halves on every day without travel). */
export function recentTravelAt(t: AgentTable, a: number, day: number): number {
  const gap = day - t.recentTravelDay[2 * a + 1];
  if (gap <= 0) return t.recentTravel[2 * a];
  return gap < 64 ? t.recentTravel[2 * a] * HALVINGS[gap] : 0;
}

/** Sets recent_travel_distance as of the end of `day`. */
export function setRecentTravel(t: AgentTable, a: number, value: number, day: number): void {
  t.recentTravel[2 * a] = value;
  t.recentTravelDay[2 * a + 1] = day;
}

/** Agent `a` is now on `link`: its link column and its on-link bit. */
export function putOnLink(t: AgentTable, a: number, link: number): void {
  t.link[a] = link;
  t.onLink[a >>> 5] |= 1 << (a & 31);
}

/** Agent `a` is on no link (link −1, bit cleared). */
export function takeOffLink(t: AgentTable, a: number): void {
  t.link[a] = -1;
  t.onLink[a >>> 5] &= ~(1 << (a & 31));
}

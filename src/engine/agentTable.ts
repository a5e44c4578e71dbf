import type { AgentBuffers } from './partition.js';

/**
 * Agents as columns of typed arrays (no per-agent objects). Agent ids are creation order, and
 * phases visit agents in that order (though, since phases read counts snapshotted at their start
 * and draw from streams keyed by agent id, no result depends on the order).
 *
 * Memory: 31⅛ bytes per agent (see the columns below).
 */
export interface AgentTable {
  count: number;
  capacity: number;
  /** Current location, or the location the agent's link starts from while travelling. (4 B) */
  location: Int32Array;
  /** Link object id while travelling, -1 at a location; written with the on-link bit by putOnLink/takeOffLink. (4 B) */
  link: Int32Array;
  /** km progress on the current link. (4 B) */
  distanceOnLink: Float32Array;
  /**
   * recent_travel_distance (§7.7) at entry 2a, as of the end of the day stored at entry 2a + 1 of
   * `recentTravelDay` (it halves every day without travel): two views of one buffer, so that the
   * value and its day share a cache line. Read and write through recentTravelAt/setRecentTravel. (4 + 4 B)
   */
  recentTravel: Float32Array;
  recentTravelDay: Int32Array;
  /** Remaining route: path id in the pool (-1 = empty route) and index of the next waypoint. (4 + 2 B) */
  routePath: Int32Array;
  routePosition: Uint16Array;
  /** Flee's places_travelled, saturating at 255 (only `== 1` is ever tested). (1 B) */
  placesTravelled: Uint8Array;
  /**
   * The day on which the agent's leave draw at its location succeeds (a geometric waiting time
   * drawn once, equivalent to one Bernoulli draw per day), -1 when not drawn yet, and
   * `TRAVELLING` while the agent is on a link (so one comparison skips it). (4 B)
   */
  nextLeaveDay: Int32Array;
  /**
   * One bit per agent, set while the agent is on a link (`link >= 0`): how the travel phase finds
   * its travellers without reading every agent's link. Never shared between threads (each thread
   * keeps the bits of its own agents). Set and cleared through putOnLink/takeOffLink. (1/8 B)
   */
  onLink: Uint32Array;
  /** Columns on shared memory (fixed capacity). */
  readonly shared: boolean;
}

/** `nextLeaveDay` of an agent on a link: later than any day. */
export const TRAVELLING = 0x7fffffff;

/**
 * Columns for `capacity` agents; on `shared` buffers when the run is split over threads (their
 * capacity is then fixed).
 */
export function createAgentTable(capacity: number, shared?: AgentBuffers): AgentTable {
  if (shared !== undefined) {
    return {
      count: 0,
      capacity: shared.capacity,
      location: new Int32Array(shared.location),
      link: new Int32Array(shared.link),
      distanceOnLink: new Float32Array(shared.distanceOnLink),
      recentTravel: new Float32Array(shared.recentTravel),
      recentTravelDay: new Int32Array(shared.recentTravel),
      routePath: new Int32Array(shared.routePath),
      routePosition: new Uint16Array(shared.routePosition),
      placesTravelled: new Uint8Array(shared.placesTravelled),
      nextLeaveDay: new Int32Array(shared.nextLeaveDay),
      onLink: new Uint32Array(bitWords(shared.capacity)),
      shared: true,
    };
  }
  const c = Math.max(16, capacity);
  const recent = new ArrayBuffer(8 * c);
  return {
    count: 0,
    capacity: c,
    location: new Int32Array(c),
    link: new Int32Array(c),
    distanceOnLink: new Float32Array(c),
    recentTravel: new Float32Array(recent),
    recentTravelDay: new Int32Array(recent),
    routePath: new Int32Array(c),
    routePosition: new Uint16Array(c),
    placesTravelled: new Uint8Array(c),
    nextLeaveDay: new Int32Array(c),
    onLink: new Uint32Array(bitWords(c)),
    shared: false,
  };
}

function grown<T extends Int32Array | Float32Array | Uint16Array | Uint8Array | Uint32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

function ensureCapacity(t: AgentTable, needed: number): void {
  if (needed <= t.capacity) return;
  if (t.shared) throw new Error(`agent capacity ${t.capacity} exceeded (${needed} needed) in a run split over threads`);
  const c = Math.max(needed, Math.ceil(t.capacity * 1.5));
  t.location = grown(t.location, c);
  t.link = grown(t.link, c);
  t.distanceOnLink = grown(t.distanceOnLink, c);
  // Grown through the Int32 view: the bytes of both interleaved columns are copied exactly.
  t.recentTravelDay = grown(t.recentTravelDay, 2 * c);
  t.recentTravel = new Float32Array(t.recentTravelDay.buffer);
  t.routePath = grown(t.routePath, c);
  t.routePosition = grown(t.routePosition, c);
  t.placesTravelled = grown(t.placesTravelled, c);
  t.nextLeaveDay = grown(t.nextLeaveDay, c);
  t.onLink = grown(t.onLink, bitWords(c));
  t.capacity = c;
}

/** Appends `n` agents at location `l` on `day`; returns the id of the first. Location counts are the caller's. */
export function addAgents(t: AgentTable, l: number, n: number, day: number): number {
  ensureCapacity(t, t.count + n);
  const first = t.count;
  const end = first + n;
  t.location.fill(l, first, end);
  t.link.fill(-1, first, end);
  t.distanceOnLink.fill(0, first, end);
  for (let a = first; a < end; a++) setRecentTravel(t, a, 0, day - 1);
  t.routePath.fill(-1, first, end);
  t.routePosition.fill(0, first, end);
  t.placesTravelled.fill(1, first, end);
  t.nextLeaveDay.fill(-1, first, end);
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

function bitWords(capacity: number): number {
  return (capacity + 31) >>> 5;
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

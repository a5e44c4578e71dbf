/**
 * Agents as columns of typed arrays (no per-agent objects). Agent ids are creation order, which
 * is also the processing order of every phase.
 */
export interface AgentTable {
  count: number;
  capacity: number;
  /** Current location, or the location the agent's link starts from while travelling. */
  location: Int32Array;
  /** Link object id while travelling, -1 at a location. */
  link: Int32Array;
  /** km progress on the current link. */
  distanceOnLink: Float64Array;
  /** km moved today (net of overshoot, §7.6). */
  movedToday: Float64Array;
  /** Exponential average of daily distance / max_move_speed (§7.7). */
  recentTravel: Float64Array;
  /** Remaining route: path id in the pool (-1 = empty route) and index of the next waypoint. */
  routePath: Int32Array;
  routePosition: Uint16Array;
  /** Flee's places_travelled, saturating at 255 (only `== 1` is ever tested). */
  placesTravelled: Uint8Array;
}

export function createAgentTable(capacity: number): AgentTable {
  const c = Math.max(16, capacity);
  return {
    count: 0,
    capacity: c,
    location: new Int32Array(c),
    link: new Int32Array(c),
    distanceOnLink: new Float64Array(c),
    movedToday: new Float64Array(c),
    recentTravel: new Float64Array(c),
    routePath: new Int32Array(c),
    routePosition: new Uint16Array(c),
    placesTravelled: new Uint8Array(c),
  };
}

function grown<T extends Int32Array | Float64Array | Uint16Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

function ensureCapacity(t: AgentTable, needed: number): void {
  if (needed <= t.capacity) return;
  const c = Math.max(needed, Math.ceil(t.capacity * 1.5));
  t.location = grown(t.location, c);
  t.link = grown(t.link, c);
  t.distanceOnLink = grown(t.distanceOnLink, c);
  t.movedToday = grown(t.movedToday, c);
  t.recentTravel = grown(t.recentTravel, c);
  t.routePath = grown(t.routePath, c);
  t.routePosition = grown(t.routePosition, c);
  t.placesTravelled = grown(t.placesTravelled, c);
  t.capacity = c;
}

/** Appends `n` agents at location `l`; returns the id of the first. Location counts are the caller's. */
export function addAgents(t: AgentTable, l: number, n: number): number {
  ensureCapacity(t, t.count + n);
  const first = t.count;
  const end = first + n;
  t.location.fill(l, first, end);
  t.link.fill(-1, first, end);
  t.distanceOnLink.fill(0, first, end);
  t.movedToday.fill(0, first, end);
  t.recentTravel.fill(0, first, end);
  t.routePath.fill(-1, first, end);
  t.routePosition.fill(0, first, end);
  t.placesTravelled.fill(1, first, end);
  t.count = end;
  return first;
}

/**
 * Candidate destination paths of every location (flee-model.md §7.3): all simple paths over active
 * links with at most `awareness` non-marker nodes that end on a non-marker, in Flee's depth-first
 * order, duplicates included. Paths live in an append-only pool so that agents can keep a route
 * across days (and across topology changes) as a path id plus a position.
 */
import type { LocationState } from './locationState.js';
import { LocationFlag } from './locationState.js';
import type { Network } from './network.js';

export interface PathPool {
  /** Waypoints of all paths, concatenated (origin excluded). */
  nodes: Int32Array;
  nodeCount: number;
  /** Offset of each path's first waypoint in `nodes`. */
  start: Int32Array;
  /** Number of waypoints of each path. */
  length: Int32Array;
  pathCount: number;
}

export interface CandidateTable {
  /** Candidates of location l are indices candStart[l] .. candStart[l+1]-1. */
  readonly candStart: Int32Array;
  readonly path: Int32Array;
  /**
   * The route an agent commits to when it takes the candidate: its path id when the path has more
   * than one link, else -1 (after the first step nothing remains of it). Saves the pool lookup.
   */
  readonly route: Int32Array;
  /** Final location of each candidate. */
  readonly end: Int32Array;
  /** Total length in km. */
  readonly lengthKm: Float64Array;
  /** The first active link from the origin toward the first waypoint (Flee's first match). */
  readonly firstLink: Int32Array;
  /** Network version the table was built for. */
  readonly version: number;
}

export function createPathPool(): PathPool {
  return { nodes: new Int32Array(1024), nodeCount: 0, start: new Int32Array(256), length: new Int32Array(256), pathCount: 0 };
}

function growInt(a: Int32Array, size: number): Int32Array {
  if (a.length >= size) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

function addPath(pool: PathPool, nodes: Int32Array, len: number): number {
  const id = pool.pathCount++;
  pool.start = growInt(pool.start, pool.pathCount);
  pool.length = growInt(pool.length, pool.pathCount);
  pool.nodes = growInt(pool.nodes, pool.nodeCount + len);
  pool.start[id] = pool.nodeCount;
  pool.length[id] = len;
  for (let i = 0; i < len; i++) pool.nodes[pool.nodeCount + i] = nodes[i];
  pool.nodeCount += len;
  return id;
}

/** The `route` column of a candidate table: path ids of multi-link paths, -1 for single links. */
export function multiLinkRoutes(pool: PathPool, path: Int32Array, count: number): Int32Array {
  const route = new Int32Array(count);
  for (let k = 0; k < count; k++) route[k] = pool.length[path[k]] > 1 ? path[k] : -1;
  return route;
}

/**
 * Enumerates candidates for every location. Cost: O(Σ paths × depth); the number of paths grows
 * roughly as branching^awareness.
 */
export function buildCandidateTable(net: Network, locations: LocationState, awareness: number, pool: PathPool): CandidateTable {
  const n = locations.count;
  const candStart = new Int32Array(n + 1);
  let path: Int32Array = new Int32Array(1024);
  let end: Int32Array = new Int32Array(1024);
  let firstLink: Int32Array = new Int32Array(1024);
  let lengthKm = new Float64Array(1024);
  let count = 0;
  const stack = new Int32Array(n + 1); // nodes on the current path, origin first
  const onPath = new Uint8Array(n);
  const flags = locations.flags;

  const firstLinkTo = (from: number, to: number): number => {
    for (const id of net.active[from]) if (net.linkTo[id] === to) return id;
    return -1;
  };

  const emit = (depth: number, km: number): void => {
    if (count === path.length) {
      path = growInt(path, count + 1);
      end = growInt(end, count + 1);
      firstLink = growInt(firstLink, count + 1);
      const l2 = new Float64Array(path.length);
      l2.set(lengthKm);
      lengthKm = l2;
    }
    path[count] = addPath(pool, stack.subarray(1), depth);
    end[count] = stack[depth];
    firstLink[count] = firstLinkTo(stack[0], stack[1]);
    lengthKm[count] = km;
    count++;
  };

  const visit = (node: number, depth: number, nonMarkers: number, km: number): void => {
    const a = net.active[node];
    for (let i = 0; i < a.length; i++) {
      const id = a[i];
      const next = net.linkTo[id];
      if (onPath[next] === 1) continue;
      const isMarker = (flags[next] & LocationFlag.marker) !== 0;
      const count2 = nonMarkers + (isMarker ? 0 : 1);
      if (count2 > awareness) continue;
      const km2 = km + net.linkLength[id];
      stack[depth + 1] = next;
      onPath[next] = 1;
      if (!isMarker) emit(depth + 1, km2);
      visit(next, depth + 1, count2, km2);
      onPath[next] = 0;
    }
  };

  for (let o = 0; o < n; o++) {
    candStart[o] = count;
    stack[0] = o;
    onPath[o] = 1;
    visit(o, 0, 0, 0);
    onPath[o] = 0;
  }
  candStart[n] = count;
  return {
    candStart,
    path: path.slice(0, count),
    route: multiLinkRoutes(pool, path, count),
    end: end.slice(0, count),
    lengthKm: lengthKm.slice(0, count),
    firstLink: firstLink.slice(0, count),
    version: net.version,
  };
}

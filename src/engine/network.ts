/**
 * The road network of a run: directed link objects, each location's active and closed lists, and
 * Flee's closure primitives (flee-model.md §2.7). Closing a link flags the existing object closed
 * and keeps a fresh copy in the closed list; reopening restores that copy (Q11). Agents hold link
 * object ids, so a traveller on a closed object is bounced on arrival exactly as in Flee.
 *
 * Topology changes bump `version`; derived tables (candidate paths, active-link CSR) rebuild lazily.
 */
import type { RouteRow } from '../domain/scenario.js';
import { allocateColumns, defineColumns, growColumns } from './columns.js';
import type { ColumnsOf } from './columns.js';

/** The per-link columns, declared once (allocation and growth derive from this declaration: columns.ts). */
export const LINK_COLUMNS = defineColumns([
  { name: 'linkFrom', type: 'i32', default: 0 },
  { name: 'linkTo', type: 'i32', default: 0 },
  { name: 'linkLength', type: 'f64', default: 0 },
  /** Link attribute max_move_speed, NaN when the link has none. */
  { name: 'linkSpeed', type: 'f64', default: 0 },
  { name: 'linkWalkProbability', type: 'f64', default: 0 },
  { name: 'linkClosed', type: 'u8', default: 0 },
  /** Agents currently on each link object. */
  { name: 'linkAgents', type: 'i32', default: 0 },
  /** Cumulative entries (Flee's cum_num_agents). */
  { name: 'linkEntries', type: 'f64', default: 0 },
]);

export interface Network extends ColumnsOf<typeof LINK_COLUMNS> {
  linkCount: number;
  /** Per location: active outgoing link ids in list order. */
  readonly active: number[][];
  /** Per location: closed copies in closing order. */
  readonly closed: number[][];
  version: number;
  /** CSR view of `active`, valid for `csrVersion`. */
  activeStart: Int32Array;
  activeLinks: Int32Array;
  csrVersion: number;
}

function addLink(net: Network, from: number, to: number, length: number, speed: number, walk: number, entries = 0): number {
  const id = net.linkCount++;
  const capacity = net.linkFrom.length;
  if (net.linkCount > capacity) growColumns(LINK_COLUMNS, net, Math.max(net.linkCount, capacity * 2));
  net.linkFrom[id] = from;
  net.linkTo[id] = to;
  net.linkLength[id] = length;
  net.linkSpeed[id] = speed;
  net.linkWalkProbability[id] = walk;
  net.linkClosed[id] = 0;
  net.linkAgents[id] = 0;
  net.linkEntries[id] = entries;
  return id;
}

/** Builds the network from routes.csv rows in file order (§2.6; forced_redirection 1 duplicates the pair). */
export function createNetwork(locationCount: number, routes: readonly RouteRow[]): Network {
  const cap = Math.max(4, routes.length * 4);
  const c = allocateColumns(LINK_COLUMNS, cap);
  // One object literal, so that every network has the same shape with all its fields in the
  // object itself (see agentTable.ts); a column missing here fails the type check.
  const net: Network = {
    linkCount: 0,
    linkFrom: c.linkFrom,
    linkTo: c.linkTo,
    linkLength: c.linkLength,
    linkSpeed: c.linkSpeed,
    linkWalkProbability: c.linkWalkProbability,
    linkClosed: c.linkClosed,
    linkAgents: c.linkAgents,
    linkEntries: c.linkEntries,
    active: Array.from({ length: locationCount }, () => []),
    closed: Array.from({ length: locationCount }, () => []),
    version: 0,
    activeStart: new Int32Array(locationCount + 1),
    activeLinks: new Int32Array(0),
    csrVersion: -1,
  };
  for (const r of routes) {
    const speed = r.maxMoveSpeed ?? NaN;
    const pairs = r.forcedRedirection === 1 ? 2 : 1;
    for (let p = 0; p < pairs; p++) {
      net.active[r.from].push(addLink(net, r.from, r.to, r.distanceKm, speed, r.walkProbability));
      net.active[r.to].push(addLink(net, r.to, r.from, r.distanceKm, speed, r.walkProbability));
    }
  }
  refreshActiveCsr(net);
  return net;
}

export function refreshActiveCsr(net: Network): void {
  if (net.csrVersion === net.version) return;
  const n = net.active.length;
  let total = 0;
  for (let l = 0; l < n; l++) total += net.active[l].length;
  const start = new Int32Array(n + 1);
  const links = new Int32Array(total);
  let k = 0;
  for (let l = 0; l < n; l++) {
    start[l] = k;
    for (const id of net.active[l]) links[k++] = id;
  }
  start[n] = k;
  net.activeStart = start;
  net.activeLinks = links;
  net.csrVersion = net.version;
}

/** Closes every active link u->v (all duplicates). Returns how many were closed. */
export function closeLink(net: Network, u: number, v: number): number {
  const list = net.active[u];
  let closedCount = 0;
  for (let i = 0; i < list.length; ) {
    const id = list[i];
    if (net.linkTo[id] !== v) {
      i++;
      continue;
    }
    net.linkClosed[id] = 1;
    list.splice(i, 1);
    const copy = addLink(net, u, v, net.linkLength[id], net.linkSpeed[id], net.linkWalkProbability[id], net.linkEntries[id]);
    net.linkClosed[copy] = 1;
    net.closed[u].push(copy);
    closedCount++;
  }
  if (closedCount > 0) net.version++;
  return closedCount;
}

/** Reopens every closed copy u->v, appending it to the end of u's active list. */
export function reopenLink(net: Network, u: number, v: number): number {
  const list = net.closed[u];
  let reopened = 0;
  for (let i = 0; i < list.length; ) {
    const id = list[i];
    if (net.linkTo[id] !== v) {
      i++;
      continue;
    }
    list.splice(i, 1);
    net.linkClosed[id] = 0;
    net.active[u].push(id);
    reopened++;
  }
  if (reopened > 0) net.version++;
  return reopened;
}

/** `country` closure: every link between the two countries, both ways, in location order. */
export function closeCountryPair(net: Network, countries: readonly string[], a: string, b: string): void {
  forCountryPair(net, countries, a, b, (u) => net.active[u], closeLink);
}

export function reopenCountryPair(net: Network, countries: readonly string[], a: string, b: string): void {
  forCountryPair(net, countries, a, b, (u) => net.closed[u], reopenLink);
}

function forCountryPair(
  net: Network,
  countries: readonly string[],
  a: string,
  b: string,
  listOf: (u: number) => number[],
  act: (net: Network, u: number, v: number) => number,
): void {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ]) {
    for (let u = 0; u < countries.length; u++) {
      if (countries[u] !== from) continue;
      const ends = listOf(u)
        .map((id) => net.linkTo[id])
        .filter((v) => countries[v] === to);
      for (const v of new Set(ends)) act(net, u, v);
    }
  }
}

/** `location` closure: each neighbour N reached by an active link L->N: close N->L, then L->N. */
export function closeLocation(net: Network, l: number): void {
  for (const id of net.active[l].slice()) {
    const n = net.linkTo[id];
    closeLink(net, n, l);
    closeLink(net, l, n);
  }
}

/** Reopens every closed outgoing link of `l` and the matching way back. */
export function reopenLocation(net: Network, l: number): void {
  for (const id of net.closed[l].slice()) {
    const n = net.linkTo[id];
    reopenLink(net, n, l);
    reopenLink(net, l, n);
  }
}

/** Agents on any link (of this copy of the run, when it is split over threads). */
export function agentsOnLinks(net: Network): number {
  let total = 0;
  for (let e = 0, n = net.linkCount; e < n; e++) total += net.linkAgents[e];
  return total;
}

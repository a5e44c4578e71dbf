/**
 * The road network of a run: directed link objects, each location's active and closed lists, and
 * Flee's closure primitives (flee-model.md §2.7). Closing a link flags the existing object closed
 * and keeps a fresh copy in the closed list; reopening restores that copy (Q11). Agents hold link
 * object ids, so a traveller on a closed object is bounced on arrival exactly as in Flee.
 *
 * Topology changes bump `version`; derived tables (candidate paths, active-link CSR) rebuild lazily.
 */
import type { RouteRow } from '../domain/scenario.js';

export interface Network {
  linkCount: number;
  linkFrom: Int32Array;
  linkTo: Int32Array;
  linkLength: Float64Array;
  /** Link attribute max_move_speed, NaN when the link has none. */
  linkSpeed: Float64Array;
  linkWalkProbability: Float64Array;
  linkClosed: Uint8Array;
  /** Agents currently on each link object. */
  linkAgents: Int32Array;
  /** Cumulative entries (Flee's cum_num_agents). */
  linkEntries: Float64Array;
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

function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T {
  if (a.length >= size) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

function addLink(net: Network, from: number, to: number, length: number, speed: number, walk: number, entries = 0): number {
  const id = net.linkCount++;
  net.linkFrom = grow(net.linkFrom, net.linkCount);
  net.linkTo = grow(net.linkTo, net.linkCount);
  net.linkLength = grow(net.linkLength, net.linkCount);
  net.linkSpeed = grow(net.linkSpeed, net.linkCount);
  net.linkWalkProbability = grow(net.linkWalkProbability, net.linkCount);
  net.linkClosed = grow(net.linkClosed, net.linkCount);
  net.linkAgents = grow(net.linkAgents, net.linkCount);
  net.linkEntries = grow(net.linkEntries, net.linkCount);
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
  const net: Network = {
    linkCount: 0,
    linkFrom: new Int32Array(cap),
    linkTo: new Int32Array(cap),
    linkLength: new Float64Array(cap),
    linkSpeed: new Float64Array(cap),
    linkWalkProbability: new Float64Array(cap),
    linkClosed: new Uint8Array(cap),
    linkAgents: new Int32Array(cap),
    linkEntries: new Float64Array(cap),
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

/**
 * Route choice of corridor runs: goal-directed next steps instead of Flee's bounded-awareness
 * path enumeration (a documented rule set of its own, docs/ODD.md). For every location and
 * destination the shortest distance over active links is known (Dijkstra from each destination);
 * a candidate is a next step over an active link that brings the person strictly closer to a
 * destination on a route at most (1 + detour) times the shortest. Its weight follows Flee's form,
 * (weight_softening + S(d)) / (softening + route km)^distance_power, with the whole route's km.
 * Candidates are one-step paths, so a person chooses again at every location.
 */
import { multiLinkRoutes } from '../candidatePaths.js';
import type { CandidateTable, PathPool } from '../candidatePaths.js';
import type { Network } from '../network.js';

function growInt(a: Int32Array, size: number): Int32Array {
  if (a.length >= size) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** Shortest km from every location to `target` over active links (Infinity when unreachable). */
export function distancesTo(net: Network, n: number, target: number): Float64Array {
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  dist[target] = 0;
  // Incoming active links per location (u -> v stored at v).
  const incoming: number[][] = Array.from({ length: n }, () => []);
  for (let u = 0; u < n; u++) for (const id of net.active[u]) incoming[net.linkTo[id]].push(id);
  for (;;) {
    let v = -1;
    for (let i = 0; i < n; i++) if (done[i] === 0 && dist[i] < Infinity && (v < 0 || dist[i] < dist[v])) v = i;
    if (v < 0) break;
    done[v] = 1;
    for (const id of incoming[v]) {
      const u = net.linkFrom[id];
      const d = dist[v] + net.linkLength[id];
      if (d < dist[u]) dist[u] = d;
    }
  }
  return dist;
}

export function buildCorridorCandidates(net: Network, n: number, destinations: readonly number[], detour: number, pool: PathPool): CandidateTable {
  const toDest = destinations.map((d) => distancesTo(net, n, d));
  const candStart = new Int32Array(n + 1);
  let path: Int32Array = new Int32Array(256);
  let end: Int32Array = new Int32Array(256);
  let firstLink: Int32Array = new Int32Array(256);
  let lengthKm = new Float64Array(256);
  let count = 0;
  // One-step paths are shared: path id of "go to m" is made once per m.
  const stepPath = new Int32Array(n).fill(-1);
  const isDestination = new Uint8Array(n);
  for (const d of destinations) isDestination[d] = 1;
  for (let o = 0; o < n; o++) {
    candStart[o] = count;
    if (isDestination[o] === 1) continue;
    for (const e of net.active[o]) {
      const m = net.linkTo[e];
      const len = net.linkLength[e];
      for (let k = 0; k < destinations.length; k++) {
        const dist = toDest[k];
        const via = len + dist[m];
        if (!(dist[m] < dist[o]) || via > (1 + detour) * dist[o] + 1e-9) continue;
        if (count === path.length) {
          path = growInt(path, count + 1);
          end = growInt(end, count + 1);
          firstLink = growInt(firstLink, count + 1);
          const l2 = new Float64Array(path.length);
          l2.set(lengthKm);
          lengthKm = l2;
        }
        if (stepPath[m] < 0) stepPath[m] = addStep(pool, m);
        path[count] = stepPath[m];
        end[count] = destinations[k];
        firstLink[count] = e;
        lengthKm[count] = via;
        count++;
      }
    }
  }
  candStart[n] = count;
  return { candStart, path: path.slice(0, count), route: multiLinkRoutes(pool, path, count), end: end.slice(0, count), lengthKm: lengthKm.slice(0, count), firstLink: firstLink.slice(0, count), version: net.version };
}

function addStep(pool: PathPool, m: number): number {
  const id = pool.pathCount++;
  if (pool.start.length < pool.pathCount) {
    const s = new Int32Array(pool.pathCount * 2);
    s.set(pool.start);
    pool.start = s;
    const l = new Int32Array(pool.pathCount * 2);
    l.set(pool.length);
    pool.length = l;
  }
  if (pool.nodes.length < pool.nodeCount + 1) {
    const nodes = new Int32Array((pool.nodeCount + 1) * 2);
    nodes.set(pool.nodes);
    pool.nodes = nodes;
  }
  pool.start[id] = pool.nodeCount;
  pool.length[id] = 1;
  pool.nodes[pool.nodeCount++] = m;
  return id;
}

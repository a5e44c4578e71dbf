/**
 * Whole-network series of a run (NetworkRecord): persons present at every location at the end of
 * each day, and persons who started along each link that day. Links are reported per row of the
 * scenario's link list and direction; the copies Flee-style closures make of a link count for it.
 */
import type { SimulationState } from '../engine/index.js';
import type { NetworkRecord } from './types.js';

export interface NetworkRecorder {
  record(s: SimulationState, day: number): void;
  /** A burn-in day: its flows are not reported. */
  skip(s: SimulationState): void;
  finish(s: SimulationState, daysDone: number): NetworkRecord;
}

export function createNetworkRecorder(s: SimulationState): NetworkRecorder {
  const n = s.locations.count;
  const net = s.network;
  const links = net.linkCount;
  const days = s.days - s.burnIn;
  const linkEnds = new Int32Array(links * 2);
  const original = new Map<number, number>();
  for (let e = 0; e < links; e++) {
    linkEnds[2 * e] = net.linkFrom[e];
    linkEnds[2 * e + 1] = net.linkTo[e];
    const key = net.linkFrom[e] * n + net.linkTo[e];
    if (!original.has(key)) original.set(key, e);
  }
  let originOf = Int32Array.from({ length: links }, (_, e) => e);
  let previous = Float64Array.from(net.linkEntries.subarray(0, links));
  const present = new Int32Array(days * n);
  const linkFlow = new Int32Array(days * links);
  /** Persons who started along each scenario link since the last call, added to `flow` at `at`. */
  const addFlows = (flow: Int32Array | undefined, at: number): void => {
    const count = net.linkCount;
    if (count > originOf.length) {
      // Links made by closures since the last day: count them for the link they copy.
      const o = new Int32Array(count);
      o.set(originOf);
      const p = new Float64Array(count);
      p.set(previous);
      for (let e = originOf.length; e < count; e++) {
        o[e] = original.get(net.linkFrom[e] * n + net.linkTo[e]) ?? 0;
        p[e] = net.linkEntries[e];
      }
      originOf = o;
      previous = p;
    }
    for (let e = 0; e < count; e++) {
      const entries = net.linkEntries[e];
      const delta = entries - previous[e];
      if (delta !== 0) {
        if (flow !== undefined) flow[at + originOf[e]] += delta;
        previous[e] = entries;
      }
    }
  };
  return {
    record(state, day) {
      present.set(state.locations.census.subarray(0, n), day * n);
      addFlows(linkFlow, day * links);
    },
    skip() {
      addFlows(undefined, 0);
    },
    finish(state, daysDone) {
      const loc = state.locations;
      return {
        locationNames: loc.names.slice(0, n),
        locationKinds: state.scenario.corridor?.kinds.slice() ?? state.scenario.locations.map((l) => l.kind),
        latitudes: Float64Array.from(state.scenario.locations, (l) => l.y),
        longitudes: Float64Array.from(state.scenario.locations, (l) => l.x),
        present: present.subarray(0, daysDone * n),
        linkEnds,
        linkFlow: linkFlow.subarray(0, daysDone * links),
      };
    },
  };
}

/**
 * The census: location counts over all partitions, taken at fixed points of the day (before each
 * pass of the decision phase, before each round of the travel phase, at the end of the day). Route
 * choice and the full-camp check read only the census, so no decision depends on agent order or
 * on how agents are split over threads.
 */
import type { SimulationState } from './state.js';

/** Takes the census; returns `pending` summed over partitions (the number itself on one thread). */
export function takeCensus(s: SimulationState, pending = 0): number {
  if (s.synchronize === undefined) {
    s.locations.census.set(s.locations.agents);
    return pending;
  }
  return s.synchronize(s.locations.agents, s.locations.census, pending);
}

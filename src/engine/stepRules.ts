/**
 * Per-agent step rules a model adds to Flee's movement: what happens when an agent is about to
 * step onto a link, when it arrives at a location, and to its speed on a leg. The decision and
 * travel phases call them through SimulationState.stepRules; Flee's own model declares none
 * (undefined), so a Flee run pays one comparison per call site. Locations where departures or
 * arrivals follow rules are flagged per location, so agents elsewhere pass without a call.
 */
import type { SimulationState } from './state.js';

/** `nextLeaveDay` of an agent a step rule took out of the day's movement (never reached by any day). */
export const OUT_OF_PLAY = 0x7ffffffe;

export interface StepRules {
  /** Per location: 1 when departures from it go through onDeparture. */
  readonly departureAt: Uint8Array;
  /** Per location: 1 when arrivals at it go through onArrival. */
  readonly arrivalAt: Uint8Array;
  /** Agent `a` at `l` is about to step onto `link`: the link it takes, or -1 when it stays today. */
  onDeparture(s: SimulationState, a: number, l: number, link: number, day: number): number;
  /** Agent `a` arrived at `l` (counted there): true when it stops travelling for the day. */
  onArrival(s: SimulationState, a: number, l: number, day: number): boolean;
  /** Agent `a`'s km per day on a leg whose speed is `speed`. */
  legSpeed(a: number, speed: number): number;
  /** Agent `a` completed a leg (or was sent back to its start). */
  onLegEnd(a: number): void;
}

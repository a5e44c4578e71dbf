/**
 * Reception centres and destinations (border-mechanics.md, "Reception centres"): a person who
 * reaches a centre with room is registered and stays for a drawn number of days; a full centre
 * sends the person to its overflow location (or, naming none, lets the person pass through
 * unregistered). A person reaching a destination has arrived. Occupancy is the number of
 * registered persons present, checked in agent-id order within a phase (the run
 * of a corridor scenario is never split over threads, so this order is fixed).
 */
import type { SimulationState } from '../state.js';
import { takeOffLink } from '../agentTable.js';
import type { BorderState } from './borderState.js';
import { leaveCentre } from './borderState.js';
import { sampleDays } from './daySample.js';
import { OUT_OF_PLAY, PersonStatus } from './personStatus.js';
import { STREAM } from '../streamPurposes.js';


function stayDraw(b: BorderState, a: number, day: number, l: number): number {
  const rng = b.streams.rng;
  return rng.begin(rng.dayKey(day, STREAM.reception) ^ Math.imul(l + 1, 0x2c1b3c6d), a);
}

/**
 * Called by the travel phase right after person `a` arrived at `l` (already counted there).
 * Returns true when the person stops travelling for the day.
 */
export function onArrival(s: SimulationState, b: BorderState, a: number, l: number, day: number): boolean {
  const kind = b.spec.kinds[l];
  if (kind === 'destination') {
    b.persons.status[a] = PersonStatus.arrived;
    b.persons.arrivedDay[a] = day;
    s.agents.nextLeaveDay[a] = OUT_OF_PLAY;
    return true;
  }
  const present = s.locations.agents;
  if (b.occupancy[l] >= b.spec.capacity[l]) {
    const o = b.spec.overflow[l];
    if (o < 0) return false; // full, no overflow site: passes through unregistered
    present[l]--;
    present[o]++;
    s.agents.location[a] = o;
    if (b.arriveHook[o] === 1) return onArrival(s, b, a, o, day);
    return false;
  }
  register(s, b, a, l, day);
  return true;
}

function register(s: SimulationState, b: BorderState, a: number, l: number, day: number): void {
  b.ledger.registrations[day * b.locationCount + l]++;
  b.occupancy[l]++;
  b.persons.registeredAt[a] = l;
  s.agents.nextLeaveDay[a] = day + Math.max(1, sampleDays(b.spec.stayDays, stayDraw(b, a, day, l)));
}

/**
 * Places person `a` (counted nowhere) at `l` on `day`, applying the rules of centres and
 * destinations; returns where the person ends up. `nextLeaveDay` is set to the end of a stay, or
 * left for the caller (-1) when there is none.
 */
export function placeAt(s: SimulationState, b: BorderState, a: number, l: number, day: number): number {
  const agents = s.agents;
  const present = s.locations.agents;
  b.persons.status[a] = PersonStatus.active;
  takeOffLink(agents, a);
  agents.distanceOnLink[a] = 0;
  agents.routePath[a] = -1;
  agents.nextLeaveDay[a] = -1;
  leaveCentre(b, a);
  let at = l;
  if (b.spec.kinds[at] === 'reception' && b.occupancy[at] >= b.spec.capacity[at] && b.spec.overflow[at] >= 0) at = b.spec.overflow[at];
  agents.location[a] = at;
  present[at]++;
  if (b.spec.kinds[at] === 'destination') {
    b.persons.status[a] = PersonStatus.arrived;
    b.persons.arrivedDay[a] = day;
    agents.nextLeaveDay[a] = OUT_OF_PLAY;
  } else if (b.spec.kinds[at] === 'reception' && b.occupancy[at] < b.spec.capacity[at]) {
    register(s, b, a, at, day);
  }
  return at;
}

/** The person stays where they are and never moves again (gave up). */
export function settle(s: SimulationState, b: BorderState, a: number): void {
  b.persons.status[a] = PersonStatus.gaveUp;
  b.custody.gaveUp++;
  s.agents.nextLeaveDay[a] = OUT_OF_PLAY;
}

/** The person waits at least until `day + wait` before leaving (keeps a longer stay). */
export function waitAtLeast(s: SimulationState, a: number, until: number): void {
  const next = s.agents.nextLeaveDay;
  if (next[a] < until) next[a] = until;
}

/**
 * What follows an apprehension (border-mechanics.md, "One attempt"): the post-apprehension policy
 * of the crossing in force that day, then the wait before moving on, and after K consecutive
 * failures at the same crossing either giving up or avoiding that crossing.
 */
import { POLICY_NAMES } from '../../domain/corridor.js';
import { append } from '../agentList.js';
import { takeOffLink } from '../agentTable.js';
import type { CrossingPolicy, PolicyName } from '../../domain/corridor.js';
import type { CounterRandom } from '../random.js';
import type { SimulationState } from '../state.js';
import type { BorderState } from './borderState.js';
import { leaveCentre } from './borderState.js';
import { sampleDays } from './daySample.js';
import { logApprehension } from './eventLog.js';
import { OUT_OF_PLAY, PersonStatus } from './personStatus.js';
import { placeAt, settle, waitAtLeast } from './reception.js';

/** Marks persons who gave up while held: they settle where their release puts them. */
export const SETTLE_ON_RELEASE = 0x80;

/**
 * Person `a`, at location `l`, was intercepted on crossing `c`. `rng` gives further uniforms of
 * the person's stream for the day (`rng`, positioned on it).
 */
export function apprehend(s: SimulationState, b: BorderState, a: number, l: number, c: number, day: number, rng: CounterRandom): void {
  const policy = b.policy.crossings[c];
  const p = b.persons;
  leaveCentre(b, a);
  p.detections[a]++;
  b.ledger.detections[day * b.crossingCount + c]++;
  logApprehension(b.events, a, day, c, POLICY_NAMES.indexOf(policy.policy));
  if (p.lastCrossing[a] === c) p.failStreak[a]++;
  else p.failStreak[a] = 1;
  p.lastCrossing[a] = c;

  let givesUp = false;
  if (policy.maxFailures > 0 && p.failStreak[a] >= policy.maxFailures) {
    if (rng.next() < policy.giveUp) givesUp = true;
    else p.avoided[a] |= 1 << c;
    p.failStreak[a] = 0;
  }
  applyPolicy(s, b, a, l, c, policy.policy, policy, day, rng, givesUp);
}

/** Person `a` leaves the day's movement (uncounted at `l` when `counted`). */
function leaveMovement(s: SimulationState, a: number, l: number, counted: boolean): void {
  if (counted) s.locations.agents[l]--;
  takeOffLink(s.agents, a);
  s.agents.nextLeaveDay[a] = OUT_OF_PLAY;
}

/** Person `a` is held (in transfer or detention: `status`) for `days` days from `day`. */
function hold(s: SimulationState, b: BorderState, a: number, l: number, counted: boolean, status: number, releaseDay: number): void {
  leaveMovement(s, a, l, counted);
  b.persons.status[a] = status;
  b.persons.releaseDay[a] = releaseDay;
  append(b.custody.held, a);
  if (status === PersonStatus.inTransfer) b.custody.inTransfer++;
  else b.custody.inDetention++;
}

/** Where and under which policy held person `a` (taken at crossing `c`) is released. */
function setRelease(b: BorderState, a: number, c: number, place: number, then: PolicyName, givesUp: boolean): void {
  const p = b.persons;
  p.releasePlace[a] = place;
  p.releasePolicy[a] = POLICY_NAMES.indexOf(then) | (givesUp ? SETTLE_ON_RELEASE : 0);
  p.releaseCrossing[a] = c;
}

/** Applies `name` to person `a` (at `l`, counted there unless `counted` is false). */
export function applyPolicy(
  s: SimulationState,
  b: BorderState,
  a: number,
  l: number,
  c: number,
  name: PolicyName,
  policy: CrossingPolicy,
  day: number,
  rng: CounterRandom,
  givesUp: boolean,
  counted = true,
): void {
  const present = s.locations.agents;
  switch (name) {
    case 'deportation':
      leaveMovement(s, a, l, counted);
      b.persons.status[a] = PersonStatus.removed;
      b.custody.removed++;
      return;
    case 'internal-return':
      hold(s, b, a, l, counted, PersonStatus.inTransfer, day + Math.max(1, sampleDays(policy.transferDays, rng.next())));
      setRelease(b, a, c, policy.returnTo, 'internal-return', givesUp);
      return;
    case 'detention':
      hold(s, b, a, l, counted, PersonStatus.inDetention, day + Math.max(1, sampleDays(policy.detentionDays, rng.next())));
      setRelease(b, a, c, policy.place, policy.then, givesUp);
      return;
    case 'push-back': {
      const origin = b.spec.crossings[c].from;
      if (!counted || l !== origin) {
        if (counted) present[l]--;
        placeAt(s, b, a, origin, day);
      }
      break;
    }
    case 'registration': {
      if (counted) present[l]--;
      placeAt(s, b, a, policy.place >= 0 ? policy.place : b.spec.crossings[c].to, day);
      break;
    }
  }
  if (givesUp) settle(s, b, a);
  else waitAtLeast(s, a, day + Math.max(1, sampleDays(policy.waitDays, rng.next())));
}

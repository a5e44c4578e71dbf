/**
 * What follows an apprehension (border-mechanics.md, "One attempt"): the post-apprehension policy
 * of the crossing in force that day, then the wait before moving on, and after K consecutive
 * failures at the same crossing either giving up or avoiding that crossing.
 */
import { POLICY_NAMES } from '../../domain/corridor.js';
import { takeOffLink } from '../agentTable.js';
import type { CrossingPolicy, PolicyName } from '../../domain/corridor.js';
import type { CounterRandom } from '../random.js';
import type { SimulationState } from '../state.js';
import type { BorderState } from './borderState.js';
import { leaveCentre, logApprehension } from './borderState.js';
import { sampleDays } from './daySample.js';
import { OUT_OF_PLAY, PersonStatus } from './personStatus.js';
import { placeAt, settle, waitAtLeast } from './reception.js';

/** Marks persons who gave up while held: they settle where their release puts them. */
export const SETTLE_ON_RELEASE = 0x80;

/**
 * Person `a`, at location `l`, was intercepted on crossing `c`. `rng` gives further uniforms of
 * the person's stream for the day (`rng`, positioned on it).
 */
export function apprehend(s: SimulationState, b: BorderState, a: number, l: number, c: number, day: number, rng: CounterRandom): void {
  const policy = b.policy[c];
  const C = b.crossingCount;
  leaveCentre(b, a);
  b.detections[a]++;
  b.dayDetections[day * C + c]++;
  logApprehension(b, a, day, c, POLICY_NAMES.indexOf(policy.policy));
  if (b.lastCrossing[a] === c) b.failStreak[a]++;
  else b.failStreak[a] = 1;
  b.lastCrossing[a] = c;

  let givesUp = false;
  if (policy.maxFailures > 0 && b.failStreak[a] >= policy.maxFailures) {
    if (rng.next() < policy.giveUp) givesUp = true;
    else b.avoided[a] |= 1 << c;
    b.failStreak[a] = 0;
  }
  applyPolicy(s, b, a, l, c, policy.policy, policy, day, rng, givesUp);
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
  const agents = s.agents;
  const leave = (): void => {
    if (counted) present[l]--;
    takeOffLink(agents, a);
    agents.nextLeaveDay[a] = OUT_OF_PLAY;
  };
  const hold = (status: number, days: number, place: number, then: PolicyName): void => {
    leave();
    b.status[a] = status;
    b.releaseDay[a] = day + Math.max(1, days);
    b.releasePlace[a] = place;
    b.releasePolicy[a] = POLICY_NAMES.indexOf(then) | (givesUp ? SETTLE_ON_RELEASE : 0);
    b.releaseCrossing[a] = c;
    b.held.push(a);
    if (status === PersonStatus.inTransfer) b.inTransfer++;
    else b.inDetention++;
  };
  switch (name) {
    case 'deportation':
      leave();
      b.status[a] = PersonStatus.removed;
      b.removed++;
      return;
    case 'internal-return':
      hold(PersonStatus.inTransfer, sampleDays(policy.transferDays, rng.next()), policy.returnTo, 'internal-return');
      return;
    case 'detention':
      hold(PersonStatus.inDetention, sampleDays(policy.detentionDays, rng.next()), policy.place, policy.then);
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

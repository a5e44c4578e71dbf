/**
 * Releases of the day (start of the day, before decisions): persons whose transfer ends are
 * placed at the transfer's destination (reception rules apply) and wait before moving on; persons
 * whose detention ends are released under the crossing's release policy. Held persons are
 * processed in the order they were taken in, which is fixed for a given seed.
 */
import { POLICY_NAMES } from '../../domain/corridor.js';
import type { SimulationState } from '../state.js';
import { applyPolicy, SETTLE_ON_RELEASE } from './apprehension.js';
import type { BorderState } from './borderState.js';
import { sampleDays } from './daySample.js';
import { PersonStatus } from './personStatus.js';
import { placeAt, settle, waitAtLeast } from './reception.js';

const RELEASE_PURPOSE = 7;

export function releaseHeld(s: SimulationState, b: BorderState, day: number): void {
  if (b.held.length === 0) return;
  const key = b.rng.dayKey(day, RELEASE_PURPOSE);
  const list = b.held;
  b.held = [];
  for (const a of list) {
    if (b.releaseDay[a] > day) {
      b.held.push(a);
      continue;
    }
    b.rng.begin(key, a);
    const c = b.releaseCrossing[a];
    const policy = b.policy[c];
    const givesUp = (b.releasePolicy[a] & SETTLE_ON_RELEASE) !== 0;
    if (b.status[a] === PersonStatus.inTransfer) {
      b.inTransfer--;
      placeAt(s, b, a, b.releasePlace[a], day);
      if (givesUp) settle(s, b, a);
      else if ((b.status[a] as number) === PersonStatus.active) waitAtLeast(s, a, day + Math.max(1, sampleDays(policy.waitDays, b.rng.next())));
      continue;
    }
    // Detention ends: the release policy, starting from the place of detention (not counted there).
    b.inDetention--;
    const then = POLICY_NAMES[b.releasePolicy[a] & ~SETTLE_ON_RELEASE];
    b.status[a] = PersonStatus.active;
    const place = b.releasePlace[a];
    if (then === 'internal-return' || then === 'deportation') {
      applyPolicy(s, b, a, place, c, then, policy, day, b.rng, givesUp, false);
    } else if (then === 'push-back') {
      applyPolicy(s, b, a, place, c, 'push-back', policy, day, b.rng, givesUp, false);
    } else {
      applyPolicy(s, b, a, place, c, 'registration', policy, day, b.rng, givesUp, false);
    }
  }
}

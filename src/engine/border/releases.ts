/**
 * Releases of the day (start of the day, before decisions): persons whose transfer ends are
 * placed at the transfer's destination (reception rules apply) and wait before moving on; persons
 * whose detention ends are released under the crossing's release policy. Held persons are
 * processed in the order they were taken in, which is fixed for a given seed.
 */
import { POLICY_NAMES } from '../../domain/corridor.js';
import { append } from '../agentList.js';
import type { SimulationState } from '../state.js';
import { STREAM } from '../streamPurposes.js';
import { applyPolicy, SETTLE_ON_RELEASE } from './apprehension.js';
import type { BorderState } from './borderState.js';
import { sampleDays } from './daySample.js';
import { PersonStatus } from './personStatus.js';
import { placeAt, settle, waitAtLeast } from './reception.js';

export function releaseHeld(s: SimulationState, b: BorderState, day: number): void {
  const custody = b.custody;
  if (custody.held.length === 0) return;
  const rng = b.streams.rng;
  const key = rng.dayKey(day, STREAM.release);
  // Scan yesterday's list while persons still held (and those taken in again) go to the other.
  const list = custody.held;
  custody.held = custody.spare;
  custody.held.length = 0;
  custody.spare = list;
  const p = b.persons;
  for (let i = 0; i < list.length; i++) {
    const a = list.ids[i];
    if (p.releaseDay[a] > day) {
      append(custody.held, a);
      continue;
    }
    rng.begin(key, a);
    release(s, b, a, day);
  }
  list.length = 0;
}

/** Held person `a`, due on `day`, is released (rng positioned on the person's release stream). */
function release(s: SimulationState, b: BorderState, a: number, day: number): void {
  const p = b.persons;
  const rng = b.streams.rng;
  const c = p.releaseCrossing[a];
  const policy = b.policy.crossings[c];
  const givesUp = (p.releasePolicy[a] & SETTLE_ON_RELEASE) !== 0;
  if (p.status[a] === PersonStatus.inTransfer) {
    b.custody.inTransfer--;
    placeAt(s, b, a, p.releasePlace[a], day);
    if (givesUp) settle(s, b, a);
    else if ((p.status[a] as number) === PersonStatus.active) waitAtLeast(s, a, day + Math.max(1, sampleDays(policy.waitDays, rng.next())));
    return;
  }
  // Detention ends: the release policy, starting from the place of detention (not counted there).
  b.custody.inDetention--;
  const then = POLICY_NAMES[p.releasePolicy[a] & ~SETTLE_ON_RELEASE];
  p.status[a] = PersonStatus.active;
  const place = p.releasePlace[a];
  if (then === 'internal-return' || then === 'deportation') {
    applyPolicy(s, b, a, place, c, then, policy, day, rng, givesUp, false);
  } else if (then === 'push-back') {
    applyPolicy(s, b, a, place, c, 'push-back', policy, day, rng, givesUp, false);
  } else {
    applyPolicy(s, b, a, place, c, 'registration', policy, day, rng, givesUp, false);
  }
}

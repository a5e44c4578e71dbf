/**
 * Where every person who attempted a crossing stands at the end of the run, per crossing
 * (docs/ODD.md 11.7): exactly one of six final states, so that they add up to the crossing's
 * `persons_attempted`.
 *
 * First each person's standing after their last attempt (at `lastCrossing`, the crossing of the
 * person's last attempt, successful or not):
 * - passed: the last attempt succeeded, or the person was let through by a registration after it
 *   (directly, or on release from a detention whose release policy is registration), or has
 *   reached a destination since;
 * - gave up, removed, held (in transfer or detention): the person's status;
 * - trying: active, the last attempt was an apprehension and no registration let the person through.
 *
 * Then for person `a` and a crossing `c` they attempted:
 * - crossed: succeeded at `c` at least once (whatever happened afterwards);
 * - moved on: never succeeded at `c`, and the last attempt was at another crossing, or the person
 *   passed `c` otherwise (let through by registration, or arrived at a destination);
 * - gave up here / removed / held / still trying here: never succeeded at `c`, the last attempt
 *   was at `c`, and the person's standing is that one.
 */
import { POLICY_NAMES } from '../domain/corridor.js';
import { type BorderState, PersonStatus } from '../engine/index.js';
import type { CrossingFinalStates } from './types.js';

/** A person's standing after their last attempt. */
export const Standing = {
  none: 0,
  passed: 1,
  gaveUp: 2,
  removed: 3,
  held: 4,
  trying: 5,
} as const;

const REGISTRATION = POLICY_NAMES.indexOf('registration');
const DETENTION = POLICY_NAMES.indexOf('detention');
/** The release policy's bits of `releasePolicy` (its high bit is SETTLE_ON_RELEASE, engine/border/apprehension.ts: gave up while held). */
const POLICY_BITS = 0x7f;

/** Day and outcome of each person's last apprehension (-1: none), from the event log. */
function lastApprehensions(b: BorderState, persons: number): { day: Int32Array; outcome: Int8Array } {
  const day = new Int32Array(persons).fill(-1);
  const outcome = new Int8Array(persons).fill(-1);
  const ev = b.events;
  for (let i = 0; i < ev.count; i++) {
    const a = ev.person[i];
    day[a] = ev.day[i];
    outcome[a] = ev.outcome[i];
  }
  return { day, outcome };
}

/** Standing of every person (Standing.none for persons who never attempted a crossing). */
export function standings(b: BorderState, persons: number): Uint8Array {
  const p = b.persons;
  const last = lastApprehensions(b, persons);
  const out = new Uint8Array(persons);
  for (let a = 0; a < persons; a++) {
    if (p.attempts[a] === 0) continue;
    const status = p.status[a];
    if (status === PersonStatus.gaveUp) out[a] = Standing.gaveUp;
    else if (status === PersonStatus.removed) out[a] = Standing.removed;
    else if (status === PersonStatus.inTransfer || status === PersonStatus.inDetention) out[a] = Standing.held;
    else if (status === PersonStatus.arrived) out[a] = Standing.passed;
    else if (last.day[a] !== p.lastAttemptDay[a]) out[a] = Standing.passed; // the last attempt succeeded
    else out[a] = letThrough(last.outcome[a], p.releasePolicy[a]) ? Standing.passed : Standing.trying;
  }
  return out;
}

/** Whether an active person whose last apprehension had `outcome` was let through by a registration. */
function letThrough(outcome: number, releasePolicy: number): boolean {
  if (outcome === REGISTRATION) return true;
  return outcome === DETENTION && (releasePolicy & POLICY_BITS) === REGISTRATION;
}

/** The final states of crossing `c` over the persons who attempted it. Throws if they do not add up to `attempted`. */
export function crossingFinalStates(
  b: BorderState,
  standing: Uint8Array,
  c: number,
  attempted: number,
  carried?: { readonly persons: number; readonly crossingAttempts: Uint16Array },
): CrossingFinalStates {
  const p = b.persons;
  const C = b.crossingCount;
  const n = [0, 0, 0, 0, 0, 0, 0];
  let crossed = 0;
  let movedOn = 0;
  for (let a = 0; a < standing.length; a++) {
    const before = carried === undefined || a >= carried.persons ? 0 : carried.crossingAttempts[a * C + c];
    if (p.crossingAttempts[a * C + c] - before === 0) continue; // no attempt here in the reported days
    if (p.crossingToSuccess[a * C + c] > 0) crossed++;
    else if (p.lastCrossing[a] !== c || standing[a] === Standing.passed) movedOn++;
    else n[standing[a]]++;
  }
  const states: CrossingFinalStates = {
    crossed,
    gave_up: n[Standing.gaveUp],
    moved_on: movedOn,
    still_trying: n[Standing.trying],
    removed: n[Standing.removed],
    held: n[Standing.held],
  };
  const total = states.crossed + states.gave_up + states.moved_on + states.still_trying + states.removed + states.held;
  if (total !== attempted) throw new Error(`ledger: the final states of crossing ${c} add up to ${total}, not to the ${attempted} persons who attempted it`);
  return states;
}

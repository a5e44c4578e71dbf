/**
 * The departure rule of corridor runs, called when a person at location `l` is about to step onto
 * link `e` (border-mechanics.md): first the smuggling service of `l` may take the person on as a
 * client (smuggling.ts); then, if the link is a crossing, the person attempts it — at most one
 * attempt per person per day — and is intercepted with probability p(c, t) · s. Returns the link
 * to step onto, or -1 when the person does not move on today.
 */
import { TRAVELLING } from '../agentTable.js';
import type { SimulationState } from '../state.js';
import { STREAM } from '../streamPurposes.js';
import { apprehend } from './apprehension.js';
import type { BorderState } from './borderState.js';
import { leaveCentre } from './borderState.js';
import { apprehensionFactor, becomeClient } from './smuggling.js';

export function beforeStep(s: SimulationState, b: BorderState, a: number, l: number, e: number, day: number): number {
  const agents = s.agents;
  if (agents.nextLeaveDay[a] === TRAVELLING) agents.nextLeaveDay[a] = -1;
  const streams = b.streams;
  const rng = streams.rng;
  if (streams.crossingKeyDay !== day) {
    streams.crossingKey = rng.dayKey(day, STREAM.crossing);
    streams.crossingKeyDay = day;
  }
  rng.begin(streams.crossingKey ^ Math.imul(l + 1, 0x2c1b3c6d), a);

  leaveCentre(b, a);
  const p = b.persons;
  const k = b.serviceAt[l];
  if (k >= 0 && p.clientLegs[a] === 0) becomeClient(b, a, k, day, rng.next());

  const net = s.network;
  const n = b.locationCount;
  let c = b.pairCrossing[l * n + net.linkTo[e]];
  if (c >= 0 && (p.avoided[a] & (1 << c)) !== 0) {
    e = repick(s, b, a, l, rng.next());
    if (e < 0) return -1;
    c = b.pairCrossing[l * n + net.linkTo[e]];
  }
  if (c < 0) return e;
  if (p.lastAttemptDay[a] === day) return -1; // one attempt per day: try again tomorrow
  p.lastAttemptDay[a] = day;
  const C = b.crossingCount;
  p.attempts[a]++;
  p.crossingAttempts[a * C + c]++;
  b.ledger.attempts[day * C + c]++;
  const policy = b.policy.crossings[c];
  if (rng.next() < policy.apprehension * apprehensionFactor(b, a)) {
    apprehend(s, b, a, l, c, day, rng);
    return -1;
  }
  b.ledger.crossed[day * C + c]++;
  if (p.attemptsToSuccess[a] === 0) p.attemptsToSuccess[a] = p.attempts[a];
  if (p.crossingToSuccess[a * C + c] === 0) p.crossingToSuccess[a * C + c] = p.crossingAttempts[a * C + c];
  if (p.lastCrossing[a] === c) p.failStreak[a] = 0;
  p.lastCrossing[a] = c;
  return e;
}

/** Weight of candidate `k` at `l` for person `a`: an avoided crossing's weight times its avoid_factor. */
function repickWeight(s: SimulationState, b: BorderState, a: number, l: number, k: number, lo: number): number {
  const routes = s.routes;
  const base = routes.cumulative[k] - (k > lo ? routes.cumulative[k - 1] : 0);
  const c = b.pairCrossing[l * b.locationCount + s.network.linkTo[routes.candidates.firstLink[k]]];
  return c >= 0 && (b.persons.avoided[a] & (1 << c)) !== 0 ? base * b.policy.crossings[c].avoidFactor : base;
}

/**
 * A new choice at `l` for a person who avoids some crossings: the location's route weights with
 * each avoided crossing's weight multiplied by its avoid_factor.
 */
function repick(s: SimulationState, b: BorderState, a: number, l: number, u: number): number {
  const cand = s.routes.candidates;
  const lo = cand.candStart[l];
  const hi = cand.candStart[l + 1];
  let total = 0;
  for (let k = lo; k < hi; k++) total += repickWeight(s, b, a, l, k, lo);
  if (!(total > 0)) return -1;
  let x = u * total;
  for (let k = lo; k < hi; k++) {
    x -= repickWeight(s, b, a, l, k, lo);
    if (x < 0) return cand.firstLink[k];
  }
  return cand.firstLink[hi - 1];
}

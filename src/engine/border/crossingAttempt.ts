/**
 * The departure hook of corridor runs, called when a person at location `l` is about to step onto
 * link `e` (border-mechanics.md): first the smuggling service of `l` may take the person on as a
 * client (daily capacity, uptake falling with price); then, if the link is a crossing, the person
 * attempts it — at most one attempt per person per day — and is intercepted with probability
 * p(c, t) · s. Returns the link to step onto, or -1 when the person does not move on today.
 */
import { TRAVELLING } from '../agentTable.js';
import type { SimulationState } from '../state.js';
import { apprehend } from './apprehension.js';
import type { BorderState } from './borderState.js';
import { leaveCentre } from './borderState.js';

const CROSSING_PURPOSE = 5;

export function beforeStep(s: SimulationState, b: BorderState, a: number, l: number, e: number, day: number): number {
  const agents = s.agents;
  if (agents.nextLeaveDay[a] === TRAVELLING) agents.nextLeaveDay[a] = -1;
  const rng = b.rng;
  if (b.crossingKeyDay !== day) {
    b.crossingKey = rng.dayKey(day, CROSSING_PURPOSE);
    b.crossingKeyDay = day;
  }
  rng.begin(b.crossingKey ^ Math.imul(l + 1, 0x2c1b3c6d), a);

  leaveCentre(b, a);
  const k = b.serviceAt[l];
  if (k >= 0 && b.clientLegs[a] === 0) becomeClient(b, a, k, day, rng.next());

  const net = s.network;
  const n = b.locationCount;
  let c = b.pairCrossing[l * n + net.linkTo[e]];
  if (c >= 0 && (b.avoided[a] & (1 << c)) !== 0) {
    e = repick(s, b, a, l, rng.next());
    if (e < 0) return -1;
    c = b.pairCrossing[l * n + net.linkTo[e]];
  }
  if (c < 0) return e;
  if (b.lastAttemptDay[a] === day) return -1; // one attempt per day: try again tomorrow
  b.lastAttemptDay[a] = day;
  const C = b.crossingCount;
  b.attempts[a]++;
  b.crossingAttempts[a * C + c]++;
  b.dayAttempts[day * C + c]++;
  const policy = b.policy[c];
  const factor = b.clientLegs[a] > 0 ? b.services[b.clientService[a]].apprehensionFactor : 1;
  if (rng.next() < policy.apprehension * factor) {
    apprehend(s, b, a, l, c, day, rng);
    return -1;
  }
  b.dayCrossed[day * C + c]++;
  if (b.attemptsToSuccess[a] === 0) b.attemptsToSuccess[a] = b.attempts[a];
  if (b.crossingToSuccess[a * C + c] === 0) b.crossingToSuccess[a * C + c] = b.crossingAttempts[a * C + c];
  if (b.lastCrossing[a] === c) b.failStreak[a] = 0;
  b.lastCrossing[a] = c;
  return e;
}

function becomeClient(b: BorderState, a: number, k: number, day: number, u: number): void {
  const svc = b.services[k];
  if (svc.usedDay !== day) {
    svc.used = 0;
    svc.usedDay = day;
  }
  if (svc.used >= svc.capacityPerDay) return;
  const spec = b.spec.smuggling[k];
  const p = svc.price > 0 ? Math.min(1, svc.uptake * (spec.referencePrice / svc.price) ** spec.priceElasticity) : 1;
  if (u >= p) return;
  svc.used++;
  b.clientService[a] = k;
  b.clientLegs[a] = spec.legs;
}

/**
 * A new choice at `l` for a person who avoids some crossings: the location's route weights with
 * each avoided crossing's weight multiplied by its avoid_factor.
 */
function repick(s: SimulationState, b: BorderState, a: number, l: number, u: number): number {
  const routes = s.routes;
  const cand = routes.candidates;
  const lo = cand.candStart[l];
  const hi = cand.candStart[l + 1];
  const n = b.locationCount;
  const linkTo = s.network.linkTo;
  let total = 0;
  const w = (k: number): number => {
    const base = routes.cumulative[k] - (k > lo ? routes.cumulative[k - 1] : 0);
    const c = b.pairCrossing[l * n + linkTo[cand.firstLink[k]]];
    return c >= 0 && (b.avoided[a] & (1 << c)) !== 0 ? base * b.policy[c].avoidFactor : base;
  };
  for (let k = lo; k < hi; k++) total += w(k);
  if (!(total > 0)) return -1;
  let x = u * total;
  for (let k = lo; k < hi; k++) {
    x -= w(k);
    if (x < 0) return cand.firstLink[k];
  }
  return cand.firstLink[hi - 1];
}

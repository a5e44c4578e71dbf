/**
 * Smuggling services (border-mechanics.md, "Smuggling"): a service at a location takes on
 * departing persons as clients, up to its daily capacity, with an uptake that falls with its
 * price; a client's next legs go at the service's pace and its crossings are intercepted less
 * often (the service's apprehension factor).
 */
import type { BorderState } from './borderState.js';

/**
 * Person `a`, leaving the location of service `k` on `day`, may become its client: `u` is the
 * person's uniform for the choice.
 */
export function becomeClient(b: BorderState, a: number, k: number, day: number, u: number): void {
  const svc = b.policy.services[k];
  if (svc.usedDay !== day) {
    svc.used = 0;
    svc.usedDay = day;
  }
  if (svc.used >= svc.capacityPerDay) return;
  const spec = b.spec.smuggling[k];
  const p = svc.price > 0 ? Math.min(1, svc.uptake * (spec.referencePrice / svc.price) ** spec.priceElasticity) : 1;
  if (u >= p) return;
  svc.used++;
  b.persons.clientService[a] = k;
  b.persons.clientLegs[a] = spec.legs;
}

/** The factor on the interception probability of a crossing attempted by person `a`. */
export function apprehensionFactor(b: BorderState, a: number): number {
  const p = b.persons;
  return p.clientLegs[a] > 0 ? b.policy.services[p.clientService[a]].apprehensionFactor : 1;
}

/** Person `a`'s km per day on a leg whose speed is `speed` (a client goes at the smuggler's pace). */
export function smuggledSpeed(b: BorderState, a: number, speed: number): number {
  const p = b.persons;
  return p.clientLegs[a] > 0 ? speed * b.policy.services[p.clientService[a]].speedFactor : speed;
}

/** Person `a` completed a leg: one leg fewer with the smuggler. */
export function endSmuggledLeg(b: BorderState, a: number): void {
  const legs = b.persons.clientLegs;
  if (legs[a] > 0) legs[a]--;
}

/**
 * Dated policy events of the day (scenario.yml `events:`), applied at the start of the day in file
 * order: a crossing's policy fields change (a closed crossing closes its link in that direction,
 * as a Flee link closure: nobody can start it, routes avoid it), or a smuggling service's
 * capacity, price or effects change.
 */
import { closeLink, reopenLink } from '../network.js';
import type { SimulationState } from '../state.js';
import type { BorderState } from './borderState.js';

export function applyPolicyEvents(s: SimulationState, b: BorderState, day: number): void {
  if (day === 0) for (let c = 0; c < b.crossingCount; c++) if (b.policy.crossings[c].closed) setClosed(s, b, c, true);
  for (const e of b.spec.events) {
    if (e.day !== day) continue;
    if (e.target === 'crossing') {
      const before = b.policy.crossings[e.index];
      const after = { ...before, ...e.set };
      b.policy.crossings[e.index] = after;
      if (after.closed !== before.closed) setClosed(s, b, e.index, after.closed);
    } else {
      Object.assign(b.policy.services[e.index], e.set);
    }
  }
}

function setClosed(s: SimulationState, b: BorderState, c: number, closed: boolean): void {
  const { from, to } = b.spec.crossings[c];
  if (closed) closeLink(s.network, from, to);
  else reopenLink(s.network, from, to);
}

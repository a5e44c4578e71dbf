/**
 * One policy applied to every crossing a scenario lists under `crossings:` (the enforced ones),
 * from the first day and through every dated event, for `corridor compare`. The rest of the
 * scenario (population, network, calendar of other changes) stays as it is.
 */
import { InputError } from '../../errors.js';
import type { Scenario } from '../../domain/scenario.js';
import type { CorridorSpec, Crossing, CrossingChange, PolicyEvent, PolicySetting } from '../../domain/corridor.js';
import { POLICY_NAMES } from '../../domain/corridor.js';

export const COMPARE_POLICIES: readonly PolicySetting[] = [...POLICY_NAMES, 'no-enforcement', 'closed-border'];

export function isPolicySetting(name: string): name is PolicySetting {
  return (COMPARE_POLICIES as readonly string[]).includes(name);
}

export function withPolicy(scenario: Scenario, policy: PolicySetting): Scenario {
  const spec = scenario.corridor;
  if (spec === undefined) throw new InputError('policies apply to corridor scenarios only', { file: scenario.dir, expected: 'a folder with scenario.yml' });
  const enforced = spec.crossings.map((c) => c.listed);
  if (!enforced.some(Boolean)) throw new InputError('the scenario lists no crossings to apply a policy to', { file: 'scenario.yml', field: 'crossings', expected: 'at least one crossing under crossings:' });
  const change = (c: CrossingChange): CrossingChange => {
    const out: Record<string, unknown> = { ...c };
    if (policy === 'no-enforcement') {
      if ('apprehension' in out) out.apprehension = 0;
    } else if (policy === 'closed-border') {
      if ('closed' in out) out.closed = true;
    } else if ('policy' in out) {
      out.policy = policy;
    }
    return out;
  };
  const crossings: Crossing[] = spec.crossings.map((c, k) => {
    if (!enforced[k]) return c;
    const p = c.initial;
    let initial = p;
    if (policy === 'no-enforcement') initial = { ...p, apprehension: 0, closed: false };
    else if (policy === 'closed-border') initial = { ...p, closed: true };
    else initial = { ...p, policy, closed: false };
    if (initial.policy === 'internal-return' && initial.returnTo < 0) {
      throw new InputError(`policy internal-return: crossing "${c.name}" has no return_to`, { file: 'scenario.yml', field: 'crossings', expected: 'return_to on the crossing or under crossing_defaults' });
    }
    if (initial.policy === 'detention' && initial.place < 0) {
      throw new InputError(`policy detention: crossing "${c.name}" has no place`, { file: 'scenario.yml', field: 'crossings', expected: 'place on the crossing or under crossing_defaults' });
    }
    return { ...c, initial };
  });
  const events: PolicyEvent[] = spec.events.map((e) => (e.target === 'crossing' && enforced[e.index] ? { ...e, set: change(e.set) } : e));
  const corridor: CorridorSpec = { ...spec, crossings, events };
  return { ...scenario, name: `${scenario.name} [${policy}]`, corridor };
}

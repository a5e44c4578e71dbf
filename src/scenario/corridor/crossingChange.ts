/**
 * A crossing policy as scenario.yml writes it (under `crossing_defaults:`, a listed crossing, or an
 * event's `set:`): only the fields given are read, to be laid over the defaults or the policy in
 * force.
 */
import { POLICY_NAMES } from '../../domain/corridor.js';
import type { CrossingChange, CrossingPolicy, PolicyName } from '../../domain/corridor.js';
import type { PolicyReader } from './policyReader.js';
import type { YamlFields, YamlPath } from './yamlFields.js';

const CROSSING_FIELDS = ['apprehension', 'policy', 'closed', 'return_to', 'transfer_days', 'wait_days', 'detention_days', 'place', 'then', 'max_failures', 'give_up', 'avoid_factor'];
const POLICY_SETTINGS = [...POLICY_NAMES, 'no-enforcement', 'closed-border'];

/** The policy of a crossing that scenario.yml says nothing about. */
export const DEFAULT_POLICY: CrossingPolicy = {
  apprehension: 0,
  policy: 'push-back',
  closed: false,
  returnTo: -1,
  transferDays: { kind: 'constant', value: 1 },
  waitDays: { kind: 'constant', value: 1 },
  detentionDays: { kind: 'constant', value: 7 },
  place: -1,
  then: 'push-back',
  maxFailures: 0,
  giveUp: 0,
  avoidFactor: 0.1,
};

type Change = Record<string, unknown>;

/** The policy fields given at `p` (a mapping; `extraKeys` are other keys allowed there). */
export function readCrossingChange(r: PolicyReader, p: YamlPath, extraKeys: readonly string[] = []): CrossingChange {
  const { y, num } = r;
  y.map(p, true);
  y.checkKeys(p, [...extraKeys, ...CROSSING_FIELDS]);
  const c: Change = {};
  const has = (k: string) => y.get([...p, k]) !== undefined;
  if (has('apprehension')) c.apprehension = num([...p, 'apprehension'], { min: 0, max: 1, required: true });
  if (has('policy')) readPolicySetting(y, [...p, 'policy'], c);
  if (has('closed')) readClosed(y, [...p, 'closed'], c);
  if (has('return_to')) c.returnTo = r.location([...p, 'return_to'], true);
  if (has('place')) c.place = r.location([...p, 'place'], true);
  if (has('then')) readReleasePolicy(y, [...p, 'then'], c);
  if (has('transfer_days')) c.transferDays = r.dist([...p, 'transfer_days'], DEFAULT_POLICY.transferDays);
  if (has('wait_days')) c.waitDays = r.dist([...p, 'wait_days'], DEFAULT_POLICY.waitDays);
  if (has('detention_days')) c.detentionDays = r.dist([...p, 'detention_days'], DEFAULT_POLICY.detentionDays);
  if (has('max_failures')) c.maxFailures = num([...p, 'max_failures'], { min: 0, max: 1000, integer: true, required: true });
  if (has('give_up')) c.giveUp = num([...p, 'give_up'], { min: 0, max: 1, required: true });
  if (has('avoid_factor')) c.avoidFactor = num([...p, 'avoid_factor'], { min: 0, max: 1, required: true });
  return c;
}

/** `policy:` names a policy, or one of the two settings that are not policies of their own. */
function readPolicySetting(y: YamlFields, path: YamlPath, c: Change): void {
  const v = y.get(path);
  if (typeof v !== 'string' || !POLICY_SETTINGS.includes(v)) y.problem(path, `unknown policy ${JSON.stringify(v)}`, `one of ${POLICY_SETTINGS.join(', ')}`);
  else if (v === 'no-enforcement') c.apprehension = 0;
  else if (v === 'closed-border') c.closed = true;
  else c.policy = v;
}

function readClosed(y: YamlFields, path: YamlPath, c: Change): void {
  const v = y.get(path);
  if (typeof v !== 'boolean') y.problem(path, `not true or false: ${JSON.stringify(v)}`, 'true or false');
  else c.closed = v;
}

/** `then:` is the policy applied on release from detention (any policy but detention). */
function readReleasePolicy(y: YamlFields, path: YamlPath, c: Change): void {
  const v = y.get(path);
  if (typeof v !== 'string' || !POLICY_NAMES.includes(v as PolicyName) || v === 'detention') y.problem(path, `not a release policy: ${JSON.stringify(v)}`, 'internal-return, push-back, deportation or registration');
  else c.then = v;
}

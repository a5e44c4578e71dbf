/**
 * The policy sections of scenario.yml: reception stays, crossing defaults, the listed crossings,
 * smuggling services and the calendar of dated events (docs/scenario-format.md).
 */
import { parseIsoDay } from '../../domain/dates.js';
import type { CorridorLinkRow, CorridorLocationRow } from './corridorCsv.js';
import { POLICY_NAMES } from '../../domain/corridor.js';
import type { Assumption, Crossing, CrossingChange, CrossingPolicy, Distribution, PolicyEvent, PolicyName, SmugglingService } from '../../domain/corridor.js';
import type { YamlFields, YamlPath } from './yamlFields.js';
import type { NumberRule } from './yamlNumbers.js';
import { checkSource, readDistribution } from './yamlNumbers.js';

type Num = (path: (string | number)[], rule: NumberRule) => number;

const CROSSING_FIELDS = ['apprehension', 'policy', 'closed', 'return_to', 'transfer_days', 'wait_days', 'detention_days', 'place', 'then', 'max_failures', 'give_up', 'avoid_factor'];
const SMUGGLING_FIELDS = ['location', 'capacity_per_day', 'price', 'reference_price', 'uptake', 'price_elasticity', 'apprehension_factor', 'speed_factor', 'legs'];
const EVENT_SMUGGLING_FIELDS = ['capacity_per_day', 'price', 'apprehension_factor', 'speed_factor', 'uptake'];
const POLICY_SETTINGS = [...POLICY_NAMES, 'no-enforcement', 'closed-border'];

const DEFAULT_POLICY: CrossingPolicy = {
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

export interface PolicySections {
  readonly stayDays: Distribution;
  readonly crossings: readonly Crossing[];
  readonly smuggling: readonly SmugglingService[];
  readonly events: readonly PolicyEvent[];
}

/** Largest number of directional crossings (a person's avoided crossings are a 32-bit set). */
export const MAX_CROSSINGS = 32;

export function readPolicySections(
  y: YamlFields,
  num: Num,
  byName: ReadonlyMap<string, number>,
  locations: readonly CorridorLocationRow[],
  links: readonly CorridorLinkRow[],
  sources: ReadonlySet<string>,
  startDay: number,
  days: number,
  assumptionsSink: Assumption[],
): PolicySections {
  const dist = (p: YamlPath, d: Distribution) => readDistribution(y, p, d, sources, assumptionsSink);
  const location = (p: YamlPath, required: boolean): number => {
    const name = y.string(p, required);
    if (name === undefined) return -1;
    const l = byName.get(name);
    if (l === undefined) y.problem(p, `unknown location "${name}"`, 'a name from locations.csv');
    return l ?? -1;
  };

  y.checkKeys(['reception'], ['stay_days']);
  const stayDays = dist(['reception', 'stay_days'], { kind: 'exponential', mean: 14 });

  const readChange = (p: YamlPath, extraKeys: readonly string[] = []): CrossingChange => {
    y.map(p, true);
    y.checkKeys(p, [...extraKeys, ...CROSSING_FIELDS]);
    const c: Record<string, unknown> = {};
    const has = (k: string) => y.get([...p, k]) !== undefined;
    if (has('apprehension')) c.apprehension = num([...p, 'apprehension'], { min: 0, max: 1, required: true });
    if (has('policy')) {
      const v = y.get([...p, 'policy']);
      if (typeof v !== 'string' || !POLICY_SETTINGS.includes(v)) y.problem([...p, 'policy'], `unknown policy ${JSON.stringify(v)}`, `one of ${POLICY_SETTINGS.join(', ')}`);
      else if (v === 'no-enforcement') c.apprehension = 0;
      else if (v === 'closed-border') c.closed = true;
      else c.policy = v;
    }
    if (has('closed')) {
      const v = y.get([...p, 'closed']);
      if (typeof v !== 'boolean') y.problem([...p, 'closed'], `not true or false: ${JSON.stringify(v)}`, 'true or false');
      else c.closed = v;
    }
    if (has('return_to')) c.returnTo = location([...p, 'return_to'], true);
    if (has('place')) c.place = location([...p, 'place'], true);
    if (has('then')) {
      const v = y.get([...p, 'then']);
      if (typeof v !== 'string' || !POLICY_NAMES.includes(v as PolicyName) || v === 'detention') y.problem([...p, 'then'], `not a release policy: ${JSON.stringify(v)}`, 'internal-return, push-back, deportation or registration');
      else c.then = v;
    }
    if (has('transfer_days')) c.transferDays = dist([...p, 'transfer_days'], DEFAULT_POLICY.transferDays);
    if (has('wait_days')) c.waitDays = dist([...p, 'wait_days'], DEFAULT_POLICY.waitDays);
    if (has('detention_days')) c.detentionDays = dist([...p, 'detention_days'], DEFAULT_POLICY.detentionDays);
    if (has('max_failures')) c.maxFailures = num([...p, 'max_failures'], { min: 0, integer: true, required: true });
    if (has('give_up')) c.giveUp = num([...p, 'give_up'], { min: 0, max: 1, required: true });
    if (has('avoid_factor')) c.avoidFactor = num([...p, 'avoid_factor'], { min: 0, max: 1, required: true });
    return c;
  };

  const defaults: CrossingPolicy = y.get(['crossing_defaults']) === undefined ? DEFAULT_POLICY : { ...DEFAULT_POLICY, ...readChange(['crossing_defaults']) };

  // Every direction of every link between countries (or flagged border) is a crossing.
  const crossings: { name: string; from: number; to: number; listed: boolean; initial: CrossingPolicy; path: YamlPath | undefined }[] = [];
  const byPair = new Map<string, number>();
  const linkPairs = new Set<string>();
  for (const r of links) {
    if (r.from < 0 || r.to < 0) continue;
    linkPairs.add(`${r.from},${r.to}`);
    linkPairs.add(`${r.to},${r.from}`);
    if (!(r.border || locations[r.from].country !== locations[r.to].country)) continue;
    for (const [a, b] of [[r.from, r.to], [r.to, r.from]]) {
      byPair.set(`${a},${b}`, crossings.length);
      crossings.push({ name: `${locations[a].name} -> ${locations[b].name}`, from: a, to: b, listed: false, initial: defaults, path: undefined });
    }
  }
  const listedCrossings = y.list(['crossings']);
  listedCrossings.forEach((_, i) => {
    const p: YamlPath = ['crossings', i];
    const a = location([...p, 'from'], true);
    const b = location([...p, 'to'], true);
    if (a < 0 || b < 0) return;
    const k = byPair.get(`${a},${b}`);
    if (k === undefined) {
      y.problem(p, linkPairs.has(`${a},${b}`) ? `the link ${locations[a].name} - ${locations[b].name} is not a crossing` : `no link between "${locations[a].name}" and "${locations[b].name}"`, 'a link of links.csv between two countries or of kind border');
      return;
    }
    if (crossings[k].listed) y.problem(p, `crossing "${crossings[k].name}" listed twice`, 'each crossing once');
    const change = readChange(p, ['from', 'to']);
    crossings[k] = { ...crossings[k], listed: true, initial: { ...defaults, ...change }, path: p };
  });
  if (crossings.length > MAX_CROSSINGS) y.problem(['crossings'], `${crossings.length} directional crossings`, `at most ${MAX_CROSSINGS} (links between countries, each direction counted)`);

  const smuggling: SmugglingService[] = [];
  y.list(['smuggling']).forEach((_, i) => {
    const p: (string | number)[] = ['smuggling', i];
    y.checkKeys(p, SMUGGLING_FIELDS);
    const l = location([...p, 'location'], true);
    if (smuggling.some((s) => s.location === l && l >= 0)) y.problem([...p, 'location'], 'a second smuggling service at the same location', 'one service per location');
    const price = num([...p, 'price'], { min: 0, default: 1 });
    smuggling.push({
      location: l,
      capacityPerDay: num([...p, 'capacity_per_day'], { min: 0, integer: true, required: true }),
      price,
      referencePrice: num([...p, 'reference_price'], { min: 0.000001, default: price > 0 ? price : 1 }),
      uptake: num([...p, 'uptake'], { min: 0, max: 1, required: true }),
      priceElasticity: num([...p, 'price_elasticity'], { min: 0, default: 1 }),
      apprehensionFactor: num([...p, 'apprehension_factor'], { min: 0, max: 1, default: 1 }),
      speedFactor: num([...p, 'speed_factor'], { min: 1, default: 1 }),
      legs: num([...p, 'legs'], { min: 1, max: 255, integer: true, default: 1 }),
    });
  });

  const events: PolicyEvent[] = [];
  y.list(['events']).forEach((_, i) => {
    const p: (string | number)[] = ['events', i];
    y.checkKeys(p, ['date', 'crossing', 'smuggling', 'set', 'source', 'note']);
    const dateText = y.string([...p, 'date'], true);
    const date = dateText === undefined ? undefined : parseIsoDay(dateText);
    if (dateText !== undefined && date === undefined) y.problem([...p, 'date'], `"${dateText}" is not a date`, 'YYYY-MM-DD');
    const day = date === undefined ? 0 : date - startDay;
    if (date !== undefined && (day < 0 || day >= days)) y.problem([...p, 'date'], `${dateText} is outside the run`, `a date from day 0 to day ${days - 1} of the run`);
    const source = checkSource(y, [...p, 'source'], y.get([...p, 'source']), sources) ?? '';
    const line = y.line(p) ?? 0;
    const crossingName = y.get([...p, 'crossing']);
    const serviceName = y.get([...p, 'smuggling']);
    if ((crossingName === undefined) === (serviceName === undefined)) {
      y.problem(p, 'an event needs exactly one of crossing or smuggling', 'crossing: "<from> -> <to>" or smuggling: <location>');
      return;
    }
    if (crossingName !== undefined) {
      const k = crossings.findIndex((c) => c.name === crossingName);
      if (k < 0) {
        y.problem([...p, 'crossing'], `unknown crossing ${JSON.stringify(crossingName)}`, `one of: ${crossings.map((c) => c.name).join('; ')}`);
        return;
      }
      events.push({ day, target: 'crossing', index: k, set: readChange([...p, 'set']), source, line });
    } else {
      const l = typeof serviceName === 'string' ? byName.get(serviceName) : undefined;
      const k = smuggling.findIndex((s) => s.location === l);
      if (k < 0) {
        y.problem([...p, 'smuggling'], `no smuggling service at ${JSON.stringify(serviceName)}`, 'the location of a service listed under smuggling:');
        return;
      }
      y.map([...p, 'set'], true);
      y.checkKeys([...p, 'set'], EVENT_SMUGGLING_FIELDS);
      const set: Record<string, number> = {};
      const sp = [...p, 'set'];
      if (y.get([...sp, 'capacity_per_day']) !== undefined) set.capacityPerDay = num([...sp, 'capacity_per_day'], { min: 0, integer: true, required: true });
      if (y.get([...sp, 'price']) !== undefined) set.price = num([...sp, 'price'], { min: 0, required: true });
      if (y.get([...sp, 'apprehension_factor']) !== undefined) set.apprehensionFactor = num([...sp, 'apprehension_factor'], { min: 0, max: 1, required: true });
      if (y.get([...sp, 'speed_factor']) !== undefined) set.speedFactor = num([...sp, 'speed_factor'], { min: 1, required: true });
      if (y.get([...sp, 'uptake']) !== undefined) set.uptake = num([...sp, 'uptake'], { min: 0, max: 1, required: true });
      events.push({ day, target: 'smuggling', index: k, set: set, source, line });
    }
  });
  // Every policy in force at some time must name the places it needs.
  crossings.forEach((c, k) => {
    let policy = c.initial;
    const check = (where: YamlPath | undefined, when: string): void => {
      const at = where ?? ['crossing_defaults'];
      if (policy.policy === 'internal-return' && policy.returnTo < 0) y.problem(at, `crossing "${c.name}" ${when}: internal-return without return_to`, 'return_to: <location> for internal-return');
      if (policy.policy === 'detention' && policy.place < 0) y.problem(at, `crossing "${c.name}" ${when}: detention without place`, 'place: <location> for detention');
      if (policy.policy === 'detention' && policy.then === 'internal-return' && policy.returnTo < 0) y.problem(at, `crossing "${c.name}" ${when}: release by internal-return without return_to`, 'return_to: <location>');
    };
    check(c.path, 'at the start');
    events.forEach((e, i) => {
      if (e.target !== 'crossing' || e.index !== k) return;
      policy = { ...policy, ...e.set };
      check(['events', i], `from the event on line ${e.line}`);
    });
  });
  events.sort((a, b) => a.day - b.day);
  return { stayDays, crossings: crossings.map(({ path: _p, ...c }) => c), smuggling, events };
}

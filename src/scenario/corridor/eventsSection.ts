/**
 * The calendar of dated policy events of scenario.yml (`events:`): each changes one crossing's
 * policy or one smuggling service from its date on. Returned in the order written.
 */
import { MAX_PEOPLE_COUNT, MAX_PRICE, MAX_SPEED_FACTOR } from '../../domain/inputRanges.js';
import { parseIsoDay } from '../../domain/dates.js';
import type { PolicyEvent, SmugglingChange, SmugglingService } from '../../domain/corridor.js';
import { readCrossingChange } from './crossingChange.js';
import type { CrossingEntry } from './crossingsSection.js';
import type { PolicyReader } from './policyReader.js';
import { checkSource } from './yamlNumbers.js';
import type { YamlPath } from './yamlFields.js';

const EVENT_FIELDS = ['date', 'crossing', 'smuggling', 'set', 'source', 'note'];
const EVENT_SMUGGLING_FIELDS = ['capacity_per_day', 'price', 'apprehension_factor', 'speed_factor', 'uptake'];

/** What an event may refer to, and the run's period its date must fall in. */
export interface EventTargets {
  readonly crossings: readonly CrossingEntry[];
  readonly smuggling: readonly SmugglingService[];
  readonly startDay: number;
  readonly days: number;
  /** Days simulated before startDay (burn-in, periodSection.ts): events dated in or before them apply from their date or the first burn-in day. */
  readonly burnInDays: number;
}

export function readEvents(r: PolicyReader, targets: EventTargets): PolicyEvent[] {
  const events: PolicyEvent[] = [];
  r.y.list(['events']).forEach((_, i) => {
    const event = readEvent(r, ['events', i], targets);
    if (event !== undefined) events.push(event);
  });
  return events;
}

/** One event; undefined (with a problem recorded) when it targets nothing known. */
function readEvent(r: PolicyReader, p: YamlPath, targets: EventTargets): PolicyEvent | undefined {
  const { y } = r;
  y.checkKeys(p, EVENT_FIELDS);
  const day = readEventDay(r, p, targets);
  const source = checkSource(y, [...p, 'source'], y.get([...p, 'source']), r.sources) ?? '';
  const line = y.line(p) ?? 0;
  const crossingName = y.get([...p, 'crossing']);
  const serviceName = y.get([...p, 'smuggling']);
  if ((crossingName === undefined) === (serviceName === undefined)) {
    y.problem(p, 'an event needs exactly one of crossing or smuggling', 'crossing: "<from> -> <to>" or smuggling: <location>');
    return undefined;
  }
  if (crossingName !== undefined) {
    const k = targets.crossings.findIndex((c) => c.name === crossingName);
    if (k < 0) {
      y.problem([...p, 'crossing'], `unknown crossing ${JSON.stringify(crossingName)}`, `one of: ${targets.crossings.map((c) => c.name).join('; ')}`);
      return undefined;
    }
    return { day, target: 'crossing', index: k, set: readCrossingChange(r, [...p, 'set']), source, line };
  }
  const l = typeof serviceName === 'string' ? r.byName.get(serviceName) : undefined;
  const k = targets.smuggling.findIndex((s) => s.location === l);
  if (k < 0) {
    y.problem([...p, 'smuggling'], `no smuggling service at ${JSON.stringify(serviceName)}`, 'the location of a service listed under smuggling:');
    return undefined;
  }
  return { day, target: 'smuggling', index: k, set: readSmugglingChange(r, [...p, 'set']), source, line };
}

/**
 * The event's day of the simulation, counted from the first burn-in day (the first reported day
 * without a burn-in); 0 when its date is missing or not a date. With a burn-in, a date before
 * start_date is allowed: before the burn-in it applies from the first burn-in day.
 */
function readEventDay(r: PolicyReader, p: YamlPath, targets: EventTargets): number {
  const { y } = r;
  const dateText = y.string([...p, 'date'], true);
  const date = dateText === undefined ? undefined : parseIsoDay(dateText);
  if (dateText !== undefined && date === undefined) y.problem([...p, 'date'], `"${dateText}" is not a date`, 'YYYY-MM-DD');
  const day = date === undefined ? 0 : date - targets.startDay;
  if (date !== undefined && targets.burnInDays > 0 && day < targets.days) return Math.max(0, day + targets.burnInDays);
  if (date !== undefined && (day < 0 || day >= targets.days)) y.problem([...p, 'date'], `${dateText} is outside the run`, `a date from day 0 to day ${targets.days - 1} of the run`);
  return day;
}

/** The service fields an event's `set:` changes (only those given). */
function readSmugglingChange(r: PolicyReader, sp: YamlPath): SmugglingChange {
  const { y, num } = r;
  y.map(sp, true);
  y.checkKeys(sp, EVENT_SMUGGLING_FIELDS);
  const set: Record<string, number> = {};
  if (y.get([...sp, 'capacity_per_day']) !== undefined) set.capacityPerDay = num([...sp, 'capacity_per_day'], { min: 0, max: MAX_PEOPLE_COUNT, integer: true, required: true });
  if (y.get([...sp, 'price']) !== undefined) set.price = num([...sp, 'price'], { min: 0, max: MAX_PRICE, required: true });
  if (y.get([...sp, 'apprehension_factor']) !== undefined) set.apprehensionFactor = num([...sp, 'apprehension_factor'], { min: 0, max: 1, required: true });
  if (y.get([...sp, 'speed_factor']) !== undefined) set.speedFactor = num([...sp, 'speed_factor'], { min: 1, max: MAX_SPEED_FACTOR, required: true });
  if (y.get([...sp, 'uptake']) !== undefined) set.uptake = num([...sp, 'uptake'], { min: 0, max: 1, required: true });
  return set;
}

/**
 * The metric vocabulary: each metric names what kind of place it is counted at and turns a
 * RunRecord into a daily series for one place. An observation over days [start, end] is compared
 * with that series reduced over the same days: a stock (persons present) is averaged, a flow
 * (detections, registrations) is summed. New metrics (ledger series) are added with
 * `registerMetric`; nothing else needs to change.
 */
import type { RunRecord } from '../recorders/types.js';
import type { ObservationContext } from './types.js';

export type MetricReduction = 'mean' | 'sum';

/** What turning a record into persons needs besides the record. */
export interface MetricFrame {
  /** Persons per simulated agent (hasten). */
  readonly personsPerAgent: number;
  /** The scenario's locations in order (ledger columns per location use this order). */
  readonly locationNames: readonly string[];
}

export interface MetricDefinition {
  readonly name: string;
  /** One line for the docs and for error messages. */
  readonly description: string;
  /** Persons present (mean over the days) or events (sum over the days). */
  readonly reduction: MetricReduction;
  /** What a place is, in words (`camp`, `crossing`), for messages. */
  readonly placeKind: string;
  /**
   * Whether an observation may name several places, summed: `a + b + c`, or `*` for all of them
   * (e.g. Frontex route detections = detections at every crossing of the route).
   */
  readonly combinable?: boolean;
  /** The places this metric can be observed at in a run of this scenario. */
  places(context: ObservationContext): readonly string[];
  /**
   * Daily simulated values for `place` (already in persons, i.e. times personsPerAgent), or a
   * message saying why this run cannot give them (e.g. it recorded no ledger).
   */
  daily(record: RunRecord, place: string, frame: MetricFrame): Float64Array | string;
}

const registry = new Map<string, MetricDefinition>();

/**
 * The places an observation's place text names: itself, or for a combinable metric every part of
 * `a + b` (or all places for `*`); the unknown parts are returned separately.
 */
export function placeParts(metric: MetricDefinition, place: string, known: readonly string[]): { parts: string[]; unknown: string[] } {
  if (metric.combinable === true && place.trim() === '*') return { parts: [...known], unknown: [] };
  const parts = metric.combinable === true ? place.split(' + ').map((p) => p.trim()) : [place];
  return { parts, unknown: parts.filter((p) => !known.includes(p)) };
}

/** Sum of day-major columns over the named places (`*` or `a + b` for combinable metrics). */
function summedColumns(matrix: ArrayLike<number>, days: number, names: readonly string[], place: string, scale: number, kind: string): Float64Array | string {
  const parts = place.trim() === '*' ? [...names] : place.split(' + ').map((p) => p.trim());
  const out = new Float64Array(days);
  for (const part of parts) {
    const c = names.indexOf(part);
    if (c < 0) return `the run has no ${kind} "${part}"`;
    const column = dayMajorColumn(matrix, days, names.length, c, scale);
    for (let t = 0; t < days; t++) out[t] += column[t];
  }
  return out;
}

export function registerMetric(definition: MetricDefinition): void {
  if (registry.has(definition.name)) throw new Error(`metric ${definition.name} is already registered`);
  registry.set(definition.name, definition);
}

export function findMetric(name: string): MetricDefinition | undefined {
  return registry.get(name);
}

export function metricNames(): string[] {
  return [...registry.keys()].sort();
}

/** Column `column` of a day-major matrix with `width` columns, times `scale`. */
export function dayMajorColumn(matrix: ArrayLike<number>, days: number, width: number, column: number, scale: number): Float64Array {
  const out = new Float64Array(days);
  for (let t = 0; t < days; t++) out[t] = matrix[t * width + column] * scale;
  return out;
}

registerMetric({
  name: 'camp',
  description: 'persons present at a camp at the end of the day (agents on links excluded)',
  reduction: 'mean',
  placeKind: 'camp',
  places: (c) => c.campNames,
  daily(record, place, frame) {
    const c = record.campNames.indexOf(place);
    if (c < 0) return `the run has no output camp "${place}"`;
    return dayMajorColumn(record.campSim, record.days, record.campNames.length, c, frame.personsPerAgent);
  },
});

/** Ledger metrics: one per ledger column counted per crossing and day. */
function ledgerCrossingMetric(name: 'detections' | 'attempts' | 'crossed', description: string): MetricDefinition {
  return {
    name,
    description,
    reduction: 'sum',
    placeKind: 'crossing',
    combinable: true,
    places: (c) => c.crossingNames,
    daily(record, place, frame) {
      const ledger = record.ledger;
      if (ledger === undefined) return `metric "${name}" needs the border-policy ledger, which this run did not record`;
      return summedColumns(ledger[name], record.days, ledger.crossingNames, place, frame.personsPerAgent, 'crossing');
    },
  };
}

registerMetric(ledgerCrossingMetric('detections', 'detections (apprehensions) at a crossing, summed over the days'));
registerMetric(ledgerCrossingMetric('attempts', 'crossing attempts started at a crossing, summed over the days'));
registerMetric(ledgerCrossingMetric('crossed', 'successful crossings at a crossing, summed over the days'));

/** Ledger metrics per reception centre (columns in the scenario's location order). */
function ledgerReceptionMetric(name: 'registrations' | 'reception', column: 'registrations' | 'occupancy', reduction: MetricReduction, description: string): MetricDefinition {
  return {
    name,
    description,
    reduction,
    placeKind: 'reception centre',
    combinable: true,
    places: (c) => c.receptionNames,
    daily(record, place, frame) {
      const ledger = record.ledger;
      if (ledger === undefined) return `metric "${name}" needs the border-policy ledger, which this run did not record`;
      // `*`: every reception centre (locations without capacity have zero columns anyway).
      const names = place.trim() === '*' ? receptionNamesOf(record, frame) : frame.locationNames;
      if (place.trim() === '*') return summedColumns(ledger[column], record.days, frame.locationNames, names.join(' + '), frame.personsPerAgent, 'location');
      return summedColumns(ledger[column], record.days, names, place, frame.personsPerAgent, 'location');
    },
  };
}

function receptionNamesOf(record: RunRecord, frame: MetricFrame): string[] {
  const kinds = record.network?.locationKinds;
  return frame.locationNames.filter((_, l) => kinds === undefined || kinds[l] === 'reception');
}

registerMetric(ledgerReceptionMetric('registrations', 'registrations', 'sum', 'registrations (entries) at a reception centre, summed over the days'));
registerMetric(ledgerReceptionMetric('reception', 'occupancy', 'mean', 'registered persons present at a reception centre at the end of the day, averaged over the days'));

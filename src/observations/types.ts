/**
 * Observations: what was counted, where, over which days, how much, and how far to trust it.
 * An observation is compared with a function of a simulated RunRecord chosen by its metric
 * (see metrics.ts): `camp` with place `Mbera` is the number of persons at the camp Mbera.
 */
import type { SourceRef } from '../domain/scenario.js';

export interface Observation {
  /** Metric name from the registry (`camp`, `detections`, ...). */
  readonly metric: string;
  /** A camp, location or crossing name, as the metric expects. */
  readonly place: string;
  /** First and last day of the period counted, as offsets from the run's day 0 (inclusive). */
  readonly startDay: number;
  readonly endDay: number;
  /** Persons (or events) counted. */
  readonly value: number;
  /** Relative standard deviation of the value (0.1 = ±10%), from the file or its source quality. */
  readonly uncertainty: number;
  /** Who counted it (free text). */
  readonly source: string;
  /** Where the observation was read from. */
  readonly origin: SourceRef;
}

/** Observations of one metric at one place, in date order: what a chart or a MASE scale covers. */
export interface ObservedSeriesGroup {
  /** `metric:place`, e.g. `camp:Mbera`. */
  readonly key: string;
  readonly metric: string;
  readonly place: string;
  /** Indices into the observation list, ordered by end day then start day. */
  readonly indices: readonly number[];
}

/** What metrics check places and dates against (built from a Scenario, see context.ts). */
export interface ObservationContext {
  /** ISO date of day 0 and days simulated. */
  readonly startDate: string;
  readonly days: number;
  /** Camps of the run's output (locations of kind camp or idpcamp), in locations.csv order. */
  readonly campNames: readonly string[];
  /** Every location. */
  readonly locationNames: readonly string[];
  /** Directional crossings of a corridor scenario (`From -> To`); empty for Flee scenarios. */
  readonly crossingNames: readonly string[];
  /** Reception centres of a corridor scenario; empty for Flee scenarios. */
  readonly receptionNames: readonly string[];
  /** Persons per simulated agent (Flee's `hasten`): simulated counts are multiplied by it. */
  readonly personsPerAgent: number;
}

/**
 * The simulated counterpart of each observation: the metric's daily series for the place, reduced
 * over the observation's days (mean for stocks, sum for flows). What workers send back to the
 * calibration, so it takes plain data (ObservationPlan), not functions.
 */
import { findMetric, type MetricFrame } from './metrics.js';
import type { Observation } from './types.js';
import type { RunRecord } from '../recorders/types.js';

/** The part of an observation a simulation needs. */
export interface PlannedObservation {
  readonly metric: string;
  readonly place: string;
  readonly startDay: number;
  readonly endDay: number;
}

export interface ObservationPlan extends MetricFrame {
  readonly observations: readonly PlannedObservation[];
}

export function observationPlan(observations: readonly Observation[], frame: MetricFrame): ObservationPlan {
  return {
    observations: observations.map(({ metric, place, startDay, endDay }) => ({ metric, place, startDay, endDay })),
    personsPerAgent: frame.personsPerAgent,
    locationNames: frame.locationNames,
  };
}

/** Daily series of every distinct (metric, place) of the plan, keyed `metric:place`. */
export function dailySeries(record: RunRecord, plan: ObservationPlan): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const o of plan.observations) {
    const key = `${o.metric}:${o.place}`;
    if (out.has(key)) continue;
    const metric = findMetric(o.metric);
    if (metric === undefined) throw new Error(`unknown metric ${o.metric}`);
    const daily = metric.daily(record, o.place, plan);
    if (typeof daily === 'string') throw new Error(daily);
    out.set(key, daily);
  }
  return out;
}

/** One simulated value per planned observation, in plan order. */
export function simulatedValues(record: RunRecord, plan: ObservationPlan): Float64Array {
  const series = dailySeries(record, plan);
  const values = new Float64Array(plan.observations.length);
  plan.observations.forEach((o, i) => {
    const daily = series.get(`${o.metric}:${o.place}`)!;
    const reduction = findMetric(o.metric)!.reduction;
    values[i] = reduceDays(daily, o.startDay, o.endDay, reduction);
  });
  return values;
}

export function reduceDays(daily: ArrayLike<number>, startDay: number, endDay: number, reduction: 'mean' | 'sum'): number {
  if (endDay >= daily.length) throw new Error(`observation ends on day ${endDay}, after the run's last day ${daily.length - 1}`);
  let s = 0;
  for (let t = startDay; t <= endDay; t++) s += daily[t];
  return reduction === 'sum' ? s : s / (endDay - startDay + 1);
}

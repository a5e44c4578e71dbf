/** Observations grouped into series (one metric at one place), each in date order. */
import type { Observation, ObservedSeriesGroup } from './types.js';

export function seriesKey(o: Pick<Observation, 'metric' | 'place'>): string {
  return `${o.metric}:${o.place}`;
}

export function groupObservations(observations: readonly Observation[]): ObservedSeriesGroup[] {
  const byKey = new Map<string, number[]>();
  observations.forEach((o, i) => {
    const key = seriesKey(o);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [i]);
    else list.push(i);
  });
  return [...byKey.entries()].map(([key, indices]) => ({
    key,
    metric: observations[indices[0]].metric,
    place: observations[indices[0]].place,
    indices: indices.sort((a, b) => observations[a].endDay - observations[b].endDay || observations[a].startDay - observations[b].startDay),
  }));
}

/** Only the observations whose whole period lies within days [from, to) (e.g. a calibration window). */
export function observationsWithin(observations: readonly Observation[], from: number, to: number): Observation[] {
  return observations.filter((o) => o.startDay >= from && o.endDay < to);
}

/**
 * Flee's observed camp series (source_data/) as observations: one `camp` observation per data
 * row of each camp's series that falls within the run, after Flee's merging of multi-file
 * series and its registration corrections (flee-model.md §2.8, §2.9), in persons (no hasten).
 * The national total (row 0) drives spawning and is not an observation of the model.
 */
import { SOURCE_QUALITY } from './quality.js';
import type { Observation, ObservationContext } from './types.js';
import { applyCorrections, scaledSeries, type ScaledPoint } from '../engine/index.js';
import { InputError } from '../errors.js';
import type { Scenario } from '../domain/scenario.js';

/** UNHCR camp registers: a registration count. */
export const CAMP_SERIES_UNCERTAINTY = SOURCE_QUALITY.high;

export function observationsFromScenario(scenario: Scenario, context: ObservationContext): Observation[] {
  const tables = scenario.series.map((s) => scaledSeries(s, 1));
  if (tables.some((t) => t === undefined)) {
    const bad = scenario.series[tables.findIndex((t) => t === undefined)];
    throw new InputError(`series "${bad.name}" cannot be combined: a later file starts after the first one`, { ...bad.source, expected: 'every file of a row to start no later than the first file' });
  }
  const corrected = tables as ScaledPoint[][];
  applyCorrections(corrected, scenario.corrections);
  const camps = new Set(context.campNames);
  const out: Observation[] = [];
  scenario.series.forEach((series, k) => {
    if (k === 0 || !camps.has(series.name)) return;
    for (const point of corrected[k]) {
      if (point.day < 0 || point.day >= context.days) continue;
      out.push({
        metric: 'camp',
        place: series.name,
        startDay: point.day,
        endDay: point.day,
        value: point.value,
        uncertainty: CAMP_SERIES_UNCERTAINTY,
        source: series.files.map((f) => f.file).join(' + '),
        origin: series.source,
      });
    }
  });
  return out;
}

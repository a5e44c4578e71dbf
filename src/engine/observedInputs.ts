/**
 * The observed series as a run reads them (flee-model.md §2.8, §2.9): per series, its daily
 * values for the run's days, and each output camp's series. The scenario's series are assumed
 * combinable and its corrections valid (the run layer checks them first: scenario/runChecks.ts).
 */
import { isCamp } from './locationState.js';
import type { LocationState } from './locationState.js';
import { applyCorrections, dailyValues, scaledSeries } from './observedSeries.js';
import type { ScaledPoint } from './observedSeries.js';
import type { ObservedInputs } from './state.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

/** obs_s(t) of every series for t = 0..days-1 (at least one day). */
export function observedDaily(scenario: Scenario, hasten: number, days: number): Float64Array[] {
  const tables: ScaledPoint[][] = scenario.series.map((series) => {
    const t = scaledSeries(series, hasten);
    if (t === undefined) throw new Error(`series "${series.name}" cannot be combined (a run's inputs are checked first: checkObservedSeries)`);
    return t;
  });
  const failed = applyCorrections(tables, scenario.corrections);
  if (failed >= 0) throw new Error(`correction ${failed} is not a later row of its series (a run's inputs are checked first: checkObservedSeries)`);
  return tables.map((t) => dailyValues(t, Math.max(days, 1)));
}

/** The run's observed inputs, its output camps and each location's day-0 value. */
export function observedInputs(
  scenario: Scenario,
  settings: Settings,
  locations: LocationState,
  days: number,
): { observed: ObservedInputs; camps: Int32Array; day0: Float64Array } {
  const daily = observedDaily(scenario, settings.optimisations.hasten, days);
  const seriesByName = new Map(scenario.series.map((s, i) => [s.name, i]));
  const camps: number[] = [];
  for (let l = 0; l < locations.count; l++) if (isCamp(locations, l)) camps.push(l);
  const campSeries = Int32Array.from(camps, (l) => seriesByName.get(locations.names[l]) ?? -1);
  const day0 = new Float64Array(locations.count);
  for (let l = 0; l < locations.count; l++) {
    const sIdx = seriesByName.get(locations.names[l]);
    if (sIdx !== undefined) day0[l] = daily[sIdx][0];
  }
  const observed: ObservedInputs = { daily, campSeries, offsetByDay0: settings.spawn_rules.empty_camps_on_day0 };
  return { observed, camps: Int32Array.from(camps), day0 };
}

/**
 * The numbers of data-driven spawning (flee-model.md §6.2), which follow from the observed series
 * alone: the daily increase diff(t) and the debt rule. Used by the spawning phase and to size the
 * agent table in advance (a run split over threads needs its capacity up front).
 */
import type { ObservedInputs } from './state.js';
import type { Scenario } from '../domain/scenario.js';
import type { SpawnRules } from '../settings/types.js';

/** obs_s(t) as the model sees it, including the empty_camps_on_day0 offset (§8.3). */
export function observedValue(observed: ObservedInputs, series: number, t: number): number {
  const d = observed.daily[series];
  const v = d[Math.min(t, d.length - 1)];
  return observed.offsetByDay0 ? v - d[0] : v;
}

/** Flee's daily "difference" diff(t) of §6.2 (Q2: day 0 sums every series, the total included). */
export function observedIncrease(observed: ObservedInputs, rules: SpawnRules, day: number): number {
  const seriesCount = observed.daily.length;
  if (day === 0) {
    if (observed.offsetByDay0) return 0;
    if (!rules.sum_from_camps) return seriesCount > 0 ? observedValue(observed, 0, 0) : 0;
    let sum = 0;
    for (let k = 0; k < seriesCount; k++) sum += observedValue(observed, k, 0);
    return sum;
  }
  if (!rules.sum_from_camps) return observedValue(observed, 0, day) - observedValue(observed, 0, day - 1);
  let sum = 0;
  for (let k = 1; k < seriesCount; k++) sum += observedValue(observed, k, day) - observedValue(observed, k, day - 1);
  return sum;
}

/** The debt rule: agents to create today and the debt carried to tomorrow. */
export function spawnAfterDebt(diff: number, debt: number, day: number, rules: SpawnRules): { fresh: number; debt: number } {
  let fresh = diff - debt;
  if (rules.insert_day0 && day === 0) fresh = 0;
  if (fresh < 0) return { fresh: 0, debt: -fresh };
  return { fresh, debt: 0 };
}

/** Agents a data-driven run creates in `days` days (day-0 insertions included); undefined in conflict-driven mode. */
export function plannedAgents(scenario: Scenario, rules: SpawnRules, observed: ObservedInputs, days: number): number | undefined {
  if (rules.conflict_driven_spawning !== undefined) return undefined;
  let total = 0;
  for (const group of scenario.initialAgents ?? []) total += group.count;
  if (!rules.empty_camps_on_day0) {
    if (rules.insert_day0) for (const series of observed.campSeries) total += Math.trunc(observed.daily[series][0]);
    for (const row of scenario.locations) {
      const idps = row.attributes.initial_idps;
      if ((row.kind === 'camp' || row.kind === 'idpcamp') && idps !== undefined && idps.trim() !== '') total += Math.trunc(Number(idps));
    }
  }
  let debt = 0;
  for (let t = 0; t < days; t++) {
    const step = spawnAfterDebt(observedIncrease(observed, rules, t), debt, t, rules);
    total += step.fresh;
    debt = step.debt;
  }
  return total;
}

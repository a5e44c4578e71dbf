/**
 * Errors of an ensemble against observations, per observed series and overall: ARD and MASE of
 * the ensemble mean, and how many observations lie inside the ensemble's 90% band.
 */
import { ensembleBand, type Band } from './bands.js';
import { absoluteRelativeDifference, meanAbsoluteScaledError } from './mase.js';
import { groupObservations } from '../observations/groups.js';
import type { Observation } from '../observations/types.js';

export interface SeriesErrors {
  readonly key: string;
  readonly observations: number;
  readonly ard: number | null;
  readonly mase: number | null;
  /** Share of observations inside [q05, q95] of the ensemble. */
  readonly coverage90: number;
}

export interface ObservationErrors {
  readonly series: readonly SeriesErrors[];
  /** Σ |mean − o| / Σ o over every observation. */
  readonly ard: number | null;
  /** Mean of the series' MASE values (series where it is defined). */
  readonly meanMase: number | null;
  readonly coverage90: number;
  /** Band of each observation's simulated value, in observation order. */
  readonly band: Band;
}

/** `runs[r]`: the simulated value of each observation in run r (simulatedValues). */
export function observationErrors(observations: readonly Observation[], runs: readonly ArrayLike<number>[]): ObservationErrors {
  const band = ensembleBand(runs);
  const inside = (i: number): boolean => observations[i].value >= band.q05[i] && observations[i].value <= band.q95[i];
  const series = groupObservations(observations).map((g) => {
    const sim = g.indices.map((i) => band.mean[i]);
    const obs = g.indices.map((i) => observations[i].value);
    return {
      key: g.key,
      observations: g.indices.length,
      ard: absoluteRelativeDifference(sim, obs),
      mase: meanAbsoluteScaledError(sim, obs),
      coverage90: g.indices.filter(inside).length / g.indices.length,
    };
  });
  const mases = series.map((s) => s.mase).filter((m): m is number => m !== null);
  return {
    series,
    ard: absoluteRelativeDifference(band.mean, observations.map((o) => o.value)),
    meanMase: mases.length === 0 ? null : mases.reduce((a, b) => a + b, 0) / mases.length,
    coverage90: observations.filter((_, i) => inside(i)).length / observations.length,
    band,
  };
}

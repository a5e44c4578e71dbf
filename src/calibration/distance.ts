/**
 * Distances between simulated and observed values, the ABC summary discrepancy.
 * - `rms-z` (default): root mean square of standardised residuals (s − o) / σ, where σ² adds the
 *   source's uncertainty (relative uncertainty × value)² and the counting noise of a simulation
 *   whose agents stand for h persons each (h × value, as for a Poisson count; h = hasten), so
 *   that small early counts do not dominate the distance.
 * - `ard`: Σ |s − o| / Σ o over all observations (Flee's absolute relative difference, taken at
 *   the observation dates instead of every day); ignores the uncertainties.
 */
import type { Observation } from '../observations/types.js';

export const DISTANCE_NAMES = ['rms-z', 'ard'] as const;
export type DistanceName = (typeof DISTANCE_NAMES)[number];

export interface Distance {
  readonly name: DistanceName;
  measure(simulated: ArrayLike<number>): number;
}

export function observationScales(observations: readonly Observation[], personsPerAgent: number): Float64Array {
  return Float64Array.from(observations, (o) => Math.sqrt((o.uncertainty * o.value) ** 2 + personsPerAgent * Math.max(Math.abs(o.value), 1)));
}

export function createDistance(name: DistanceName, observations: readonly Observation[], personsPerAgent: number): Distance {
  const observed = Float64Array.from(observations, (o) => o.value);
  if (name === 'ard') {
    let total = 0;
    for (const v of observed) total += Math.abs(v);
    const denominator = Math.max(total, 1);
    return {
      name,
      measure(s) {
        let e = 0;
        for (let i = 0; i < observed.length; i++) e += Math.abs(s[i] - observed[i]);
        return e / denominator;
      },
    };
  }
  const sigma = observationScales(observations, personsPerAgent);
  return {
    name,
    measure(s) {
      let q = 0;
      for (let i = 0; i < observed.length; i++) {
        const z = (s[i] - observed[i]) / sigma[i];
        q += z * z;
      }
      return Math.sqrt(q / observed.length);
    },
  };
}

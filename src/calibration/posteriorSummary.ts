/** Per-parameter summaries of an ABC posterior population: mean, sd, median, credible intervals. */
import type { Population } from './abcSmc.js';
import type { ParameterSpec } from './parameters.js';
import { weightedMean, weightedQuantile } from './weightedStatistics.js';

export interface ParameterPosterior {
  readonly name: string;
  readonly prior: { readonly lower: number; readonly upper: number; readonly scale: string };
  readonly mean: number;
  readonly sd: number;
  readonly median: number;
  /** Equal-tailed 90% credible interval (weighted 5% and 95% quantiles). */
  readonly ci90: readonly [number, number];
  readonly ci50: readonly [number, number];
  /** Width of the 90% interval as a share of the prior range. */
  readonly ci90WidthShare: number;
}

export function summarisePosterior(parameters: readonly ParameterSpec[], population: Population): ParameterPosterior[] {
  return parameters.map((p, i) => {
    const column = population.theta.map((t) => t[i]);
    const w = population.weights;
    const m = weightedMean(column, w);
    const variance = weightedMean(column.map((v) => (v - m) ** 2), w);
    const q = (x: number): number => weightedQuantile(column, w, x);
    const ci90: [number, number] = [q(0.05), q(0.95)];
    return {
      name: p.name,
      prior: { lower: p.lower, upper: p.upper, scale: p.scale },
      mean: m,
      sd: Math.sqrt(variance),
      median: q(0.5),
      ci90,
      ci50: [q(0.25), q(0.75)],
      ci90WidthShare: (ci90[1] - ci90[0]) / (p.upper - p.lower),
    };
  });
}

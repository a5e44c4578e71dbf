/**
 * One chart per observed series: the ensemble's mean and 90% band against the observed values.
 * Stocks (persons present) are drawn day by day; flows (events summed over each observation's
 * period) are drawn per observation, at the middle of its period.
 */
import { seriesChartSvg } from './svgChart.js';
import { ensembleBand } from '../statistics/bands.js';
import { groupObservations } from '../observations/groups.js';
import { findMetric } from '../observations/metrics.js';
import type { Observation } from '../observations/types.js';

export interface SeriesFigureInput {
  readonly observations: readonly Observation[];
  readonly startDate: string;
  /** Daily values of each series (key `metric:place`) in each run. */
  readonly dailyRuns: ReadonlyMap<string, readonly Float64Array[]>;
  /** Simulated value of each observation in each run. */
  readonly valueRuns: readonly ArrayLike<number>[];
  /** What the runs are, for the legend: "replicas", "posterior predictive". */
  readonly ensembleLabel: string;
  readonly markers?: readonly { readonly x: number; readonly label: string }[];
}

export interface SeriesFigure {
  readonly key: string;
  readonly svg: string;
}

const BAND = '#4a78b5';
const OBSERVED = '#d0562b';

export function seriesFigures(input: SeriesFigureInput): SeriesFigure[] {
  const valueBand = ensembleBand(input.valueRuns);
  return groupObservations(input.observations).map((g) => {
    const metric = findMetric(g.metric);
    const obsX = g.indices.map((i) => (input.observations[i].startDay + input.observations[i].endDay) / 2);
    const obsY = g.indices.map((i) => input.observations[i].value);
    const points = [{ x: obsX, y: obsY, label: 'observed', color: OBSERVED }];
    const title = `${g.metric}: ${g.place}`;
    const yLabel = metric?.reduction === 'sum' ? 'count per period' : 'persons';
    const chart = (x: ArrayLike<number>, lo: ArrayLike<number>, hi: ArrayLike<number>, mean: ArrayLike<number>): SeriesFigure => ({
      key: g.key,
      svg: seriesChartSvg({
        title,
        yLabel,
        startDate: input.startDate,
        bands: [{ x, lo, hi, label: `90% band (${input.ensembleLabel})`, color: BAND }],
        lines: [{ x, y: mean, label: 'simulated mean', color: BAND }],
        points,
        markers: input.markers,
      }),
    });
    const runs = input.dailyRuns.get(g.key);
    if (metric?.reduction !== 'sum' && runs !== undefined && runs.length > 0) {
      const band = ensembleBand(runs);
      return chart(Array.from({ length: band.mean.length }, (_, t) => t), band.q05, band.q95, band.mean);
    }
    const pick = (a: Float64Array): number[] => g.indices.map((i) => a[i]);
    return chart(obsX, pick(valueBand.q05), pick(valueBand.q95), pick(valueBand.mean));
  });
}

/** A file-name-safe version of a series key. */
export function figureFileName(key: string): string {
  return `${key.replace(/[^A-Za-z0-9._-]+/g, '_')}.png`;
}

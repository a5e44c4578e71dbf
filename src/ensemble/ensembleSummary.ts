/**
 * The ensemble's summary, computed by the store from the stored runs (so an ensemble resumed after
 * an interruption, or whose replicas were already stored, is summarised the same way): for every
 * sweep point and every observed series, per day, the mean over replicas and the 90% band (5th and
 * 95th percentiles, linearly interpolated), with the observed data where the scenario has them.
 */
import type { EnsemblePlan } from './ensemblePlan.js';
import { quoteLiteral } from '../store/schema.js';
import { cellText } from '../store/resultText.js';
import type { Cell, StoreReader } from '../store/storeReader.js';

export interface Band {
  readonly mean: number;
  readonly p05: number;
  readonly p95: number;
}

export interface SeriesSummary {
  /** `camp`, `camps_total`, `crossing_attempts`, `crossing_detections`, `crossing_crossed`, `state`. */
  readonly family: string;
  readonly name: string;
  readonly mean: readonly number[];
  readonly p05: readonly number[];
  readonly p95: readonly number[];
  /** Observed value per day (camp series only). */
  readonly observed: readonly (number | null)[] | null;
}

export interface PointSummary {
  readonly params: Readonly<Record<string, number>>;
  readonly runs: readonly string[];
  readonly ard: Band;
  readonly ardRescaled: Band;
  readonly series: readonly SeriesSummary[];
}

export interface EnsembleSummary {
  readonly ensemble: string;
  readonly scenario: string;
  readonly scenarioHash: string;
  readonly days: number;
  readonly replicas: number;
  readonly seed: number;
  /** Whether ARD against observed camp counts means anything (Flee folders; not corridor scenarios). */
  readonly validation: boolean;
  readonly points: readonly PointSummary[];
}

/** Each source gives rows (run_id, name, "day", v, o) from one table. */
const SOURCES: readonly { readonly family: string; readonly sql: string }[] = [
  { family: 'camp', sql: 'SELECT run_id, camp AS name, "day", sim AS v, data AS o FROM camp_days' },
  { family: 'camps_total', sql: `SELECT run_id, 'all camps' AS name, "day", sum(sim) AS v, sum(data) AS o FROM camp_days GROUP BY run_id, "day"` },
  { family: 'crossing_attempts', sql: 'SELECT run_id, crossing AS name, "day", attempts AS v, NULL AS o FROM crossing_days' },
  { family: 'crossing_detections', sql: 'SELECT run_id, crossing AS name, "day", detections AS v, NULL AS o FROM crossing_days' },
  { family: 'crossing_crossed', sql: 'SELECT run_id, crossing AS name, "day", crossed AS v, NULL AS o FROM crossing_days' },
  {
    family: 'state',
    sql: ['at_location', 'on_link', 'in_transfer', 'in_detention', 'arrived', 'removed']
      .map((c) => `SELECT run_id, '${c}' AS name, "day", ${c} AS v, NULL AS o FROM state_days`)
      .join(' UNION ALL '),
  },
];

export async function summariseEnsemble(reader: StoreReader, plan: EnsemblePlan, validation: boolean): Promise<EnsembleSummary> {
  const members = `(VALUES ${plan.tasks.map((t) => `(${quoteLiteral(t.runId)}, ${t.point})`).join(', ')}) AS m(run_id, point)`;
  const points = plan.points.map((p, i) => ({
    params: p.params,
    runs: plan.tasks.filter((t) => t.point === i).map((t) => t.runId),
    ard: { mean: NaN, p05: NaN, p95: NaN },
    ardRescaled: { mean: NaN, p05: NaN, p95: NaN },
    series: [] as SeriesSummary[],
  }));
  const errors = await reader.query(
    `SELECT m.point, avg(ard), quantile_cont(ard, 0.05), quantile_cont(ard, 0.95), avg(ard_rescaled), quantile_cont(ard_rescaled, 0.05), quantile_cont(ard_rescaled, 0.95)
     FROM runs JOIN ${members} USING (run_id) GROUP BY m.point`,
  );
  for (const row of errors.rows) {
    const [p, ...v] = row.map(num);
    points[p].ard = { mean: v[0], p05: v[1], p95: v[2] };
    points[p].ardRescaled = { mean: v[3], p05: v[4], p95: v[5] };
  }
  for (const source of SOURCES) {
    const result = await reader.query(
      `SELECT m.point, s.name, s."day", avg(s.v), quantile_cont(s.v, 0.05), quantile_cont(s.v, 0.95), min(s.o)
       FROM (${source.sql}) AS s JOIN ${members} USING (run_id)
       GROUP BY m.point, s.name, s."day" ORDER BY m.point, s.name, s."day"`,
    );
    let open: { point: number; s: SeriesSummary & { mean: number[]; p05: number[]; p95: number[]; observed: (number | null)[] | null } } | undefined;
    for (const row of result.rows) {
      const point = num(row[0]);
      const name = cellText(row[1]);
      if (open === undefined || open.point !== point || open.s.name !== name) {
        open = { point, s: { family: source.family, name, mean: [], p05: [], p95: [], observed: validation && row[6] !== null ? [] : null } };
        points[point].series.push(open.s);
      }
      open.s.mean.push(num(row[3]));
      open.s.p05.push(num(row[4]));
      open.s.p95.push(num(row[5]));
      open.s.observed?.push(row[6] === null ? null : num(row[6]));
    }
  }
  return { ensemble: plan.ensembleId, scenario: plan.scenarioName, scenarioHash: plan.scenarioHash, days: plan.days, replicas: plan.replicas, seed: plan.seed, validation, points };
}

function num(c: Cell): number {
  return c === null ? NaN : Number(c);
}

/** The summary as written to the JSON file (snake_case keys, like summary.json of `corridor run`). */
export function summaryJson(s: EnsembleSummary, extra: Readonly<Record<string, unknown>>): string {
  const band = (b: Band) => ({ mean: b.mean, p05: b.p05, p95: b.p95 });
  return (
    JSON.stringify(
      {
        ensemble: s.ensemble,
        scenario: s.scenario,
        scenario_hash: s.scenarioHash,
        days: s.days,
        replicas: s.replicas,
        seed: s.seed,
        band: '90% band: 5th to 95th percentile over replicas (linear interpolation)',
        ...extra,
        points: s.points.map((p) => ({ params: p.params, runs: p.runs, ...(s.validation ? { ard: band(p.ard), ard_rescaled: band(p.ardRescaled) } : {}), series: p.series })),
      },
      null,
      2,
    ) + '\n'
  );
}

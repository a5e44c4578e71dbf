/**
 * The run summary written next to `out.csv` (`summary.json`): one object for one run or for a set
 * of replicas of the same scenario, with the same keys as the reference table
 * (`shared/reference/flee-baseline.csv`) where they overlap.
 */
import { mean, sampleSd } from '../statistics/descriptive.js';

/** What one finished run contributes to a summary. */
export interface RunSummaryInput {
  readonly scenario: string;
  readonly days: number;
  readonly seed: number;
  /** Agents created by the end (`total refugees (simulation)` on the last row). */
  readonly agentsFinal: number;
  /** Σ over days of agents existing that day. */
  readonly agentSteps: number;
  /** Wall-clock seconds of the simulation. */
  readonly wallSeconds: number;
  /** E_normal of §9.2. */
  readonly ard: number;
  /** E_rescaled of §9.2. */
  readonly ardRescaled: number;
}

/** A per-run quantity over replicas: mean, sample sd (n − 1) and the values in run order. */
export interface Spread {
  readonly mean: number;
  readonly sd: number;
  readonly values: readonly number[];
}

/**
 * Summary of one run or of several replicas.
 *
 * One run (`replicas: 1`): every field is a plain number, e.g.
 * ```json
 * { "scenario": "flee/mali2012", "days": 300, "seed": 1, "replicas": 1,
 *   "agents_final": 8996, "agent_steps": 1975973, "wall_s": 2.5, "agent_steps_per_s": 790389.2,
 *   "ard": 0.3524, "ard_rescaled": 0.3034 }
 * ```
 * Several replicas (`replicas: n > 1`): `scenario` and `days` stay single values (all runs must
 * agree on them), `seed` becomes the list of seeds in run order, and each per-run quantity
 * (`agents_final`, `agent_steps`, `wall_s`, `agent_steps_per_s`, `ard`, `ard_rescaled`) becomes
 * `{ "mean": m, "sd": s, "values": [v1, …, vn] }` with the sample standard deviation.
 * `agent_steps_per_s` is computed per run (agent_steps / wall_s) and then summarised, so its mean
 * is the mean of the per-run rates. A run with `wall_s` 0 has an infinite rate; JSON.stringify
 * writes non-finite numbers (and NaN errors of a zero-day run) as `null`.
 */
export interface Summary {
  readonly scenario: string;
  readonly days: number;
  readonly seed: number | readonly number[];
  readonly replicas: number;
  readonly agents_final: number | Spread;
  readonly agent_steps: number | Spread;
  readonly wall_s: number | Spread;
  readonly agent_steps_per_s: number | Spread;
  readonly ard: number | Spread;
  readonly ard_rescaled: number | Spread;
}

/**
 * Summarises one run or several replicas (see `Summary` for the shape). Throws a RangeError for
 * an empty list or for runs of different scenarios or lengths, which would make the figures
 * meaningless.
 */
export function summarise(runs: readonly RunSummaryInput[]): Summary {
  if (runs.length === 0) throw new RangeError('summarise: no runs to summarise');
  const { scenario, days } = runs[0];
  for (const r of runs) {
    if (r.scenario !== scenario || r.days !== days) {
      throw new RangeError(
        `summarise: replicas differ (${scenario}, ${days} days vs ${r.scenario}, ${r.days} days)`,
      );
    }
  }
  const rate = (r: RunSummaryInput): number => r.agentSteps / r.wallSeconds;
  if (runs.length === 1) {
    const r = runs[0];
    return {
      scenario,
      days,
      seed: r.seed,
      replicas: 1,
      agents_final: r.agentsFinal,
      agent_steps: r.agentSteps,
      wall_s: r.wallSeconds,
      agent_steps_per_s: rate(r),
      ard: r.ard,
      ard_rescaled: r.ardRescaled,
    };
  }
  const spread = (f: (r: RunSummaryInput) => number): Spread => {
    const values = runs.map(f);
    return { mean: mean(values), sd: sampleSd(values), values };
  };
  return {
    scenario,
    days,
    seed: runs.map((r) => r.seed),
    replicas: runs.length,
    agents_final: spread((r) => r.agentsFinal),
    agent_steps: spread((r) => r.agentSteps),
    wall_s: spread((r) => r.wallSeconds),
    agent_steps_per_s: spread(rate),
    ard: spread((r) => r.ard),
    ard_rescaled: spread((r) => r.ardRescaled),
  };
}

/** `summary.json` text: two-space indentation and a final newline. */
export function formatSummaryJson(summary: Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/**
 * Per-day aggregates of one run: what outputs and analysis read (never the agent columns).
 * Matrices are day-major: value for day t and camp c at index t * campCount + c.
 */
export interface RunRecord {
  /** Simulated days (rows of out.csv). */
  readonly days: number;
  /** ISO date of day 0. */
  readonly startDate: string;
  /** Output camps, fixed at start-up (flee-model.md §5 step 7), in locations.csv order. */
  readonly campNames: readonly string[];
  /** Agents at each camp at the end of day t (agents on links excluded). */
  readonly campSim: Int32Array;
  /** Observed (interpolated, truncated) value obs_c(t) of each camp's series. */
  readonly campData: Int32Array;
  /** `total refugees (simulation)`: agents ever created by the end of day t. */
  readonly totalAgents: Float64Array;
  /** `raw UNHCR refugee count` after day t (cumulative raw of §6.2). */
  readonly rawCount: Float64Array;
  /** `refugee_debt` after day t. */
  readonly debt: Float64Array;
  /** `total IDPs` (agents in IDP camps) per day, only when log_levels.idp_totals > 0. */
  readonly idpTotal: Int32Array | undefined;
  /** Σ over days of agents existing that day (after the day's spawning). */
  readonly agentSteps: number;
  /** Σ over days of agents that travelled that day. */
  readonly movedAgentSteps: number;
}

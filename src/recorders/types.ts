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
  /** Whole-network series, when recorded (see NetworkRecord). */
  readonly network?: NetworkRecord;
  /** Border-policy ledger, for corridor scenarios with crossings. */
  readonly ledger?: LedgerRecord;
}

/**
 * Optional per-day series over the whole network (every location and link, not only camps).
 * Recorded when a run asks for it (corridor scenarios always; Flee scenarios on request), for the
 * results store and the dashboard. Matrices are day-major like the camp matrices.
 */
export interface NetworkRecord {
  readonly locationNames: readonly string[];
  /** Location kind per location, in the scenario's words (e.g. `town`, `camp`, `reception`). */
  readonly locationKinds: readonly string[];
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  /** Agents at location l at the end of day t: index t * locationNames.length + l. */
  readonly present: Int32Array;
  /** Both ends (location indices) of each link, as [from0, to0, from1, to1, ...]. */
  readonly linkEnds: Int32Array;
  /** Agents that started along link k on day t (in either direction): index t * links + k. */
  readonly linkFlow: Int32Array;
}

/** Outcome of an apprehension, as stored in the event log. */
export type ApprehensionOutcome =
  | 'internal-return'
  | 'push-back'
  | 'deportation'
  | 'detention'
  | 'registration';

/** The border-policy ledger of a corridor scenario (see ../shared/model/border-mechanics.md). */
export interface LedgerRecord {
  /** One name per directional crossing, e.g. `Horgos->Roszke`. */
  readonly crossingNames: readonly string[];
  /** Per crossing and day (index t * crossings + c): attempts started, detections, successful crossings. */
  readonly attempts: Int32Array;
  readonly detections: Int32Array;
  readonly crossed: Int32Array;
  /** Persons per state at the end of each day (index t). */
  readonly atLocation: Int32Array;
  readonly onLink: Int32Array;
  readonly inTransfer: Int32Array;
  readonly inDetention: Int32Array;
  readonly arrived: Int32Array;
  readonly removed: Int32Array;
  /** Apprehension event log, one row per detection, ordered by (day, person). */
  readonly events: {
    readonly person: Int32Array;
    readonly day: Int32Array;
    readonly crossing: Int32Array;
    /** Index into `outcomeNames`. */
    readonly outcome: Uint8Array;
  };
  readonly outcomeNames: readonly ApprehensionOutcome[];
  /** Registrations (entries) per location and day: index t * locations + l (reception centres only non-zero). */
  readonly registrations: Int32Array;
  /** Registered persons present per location at the end of each day (index t * locations + l). */
  readonly occupancy: Int32Array;
  readonly summary: LedgerSummary;
}

/** Mean and quantiles of a count over persons. */
export interface PersonStatistic {
  readonly persons: number;
  readonly mean: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
}

/** The detections-versus-persons answer for one crossing or for all of them (border-mechanics.md). */
export interface DetectionSummary {
  readonly detections: number;
  readonly attempts: number;
  readonly persons_attempted: number;
  readonly persons_detected: number;
  readonly detections_per_detected_person: number | null;
  readonly detections_per_attempting_person: number | null;
  /** Attempts up to and including the first success, over persons who crossed. */
  readonly attempts_until_success: PersonStatistic;
  /** Attempts per attempting person (whether they crossed or not). */
  readonly attempts_per_person: PersonStatistic;
  /**
   * Overall: active persons whose last attempt was an apprehension that did not let them through
   * (docs/ODD.md 11.7). Per crossing: the persons still trying at this crossing (final_states).
   */
  readonly still_trying: number;
  /** Overall: every person who gave up, once. Per crossing: the persons who gave up at this crossing (final_states). */
  readonly gave_up: number;
}

/** The six final states of the persons who attempted one crossing (they sum to `persons_attempted`). */
export interface CrossingFinalStates {
  readonly crossed: number;
  readonly gave_up: number;
  readonly moved_on: number;
  readonly still_trying: number;
  readonly removed: number;
  readonly held: number;
}

/** One crossing's summary: its detections and persons, and the final states of those who attempted it. */
export interface CrossingSummary extends DetectionSummary {
  readonly crossing: string;
  /** Each person who attempted the crossing in exactly one state: they sum to persons_attempted. */
  readonly final_states: CrossingFinalStates;
}

export interface ReceptionSummary {
  readonly location: string;
  readonly capacity: number;
  readonly peak_occupancy: number;
  readonly peak_date: string;
  readonly registrations: number;
}

export interface LedgerSummary {
  /** Persons created, those carried over from a burn-in included. */
  readonly persons_created: number;
  /** Persons created during the burn-in (absent without one): part of persons_created and of the states every day. */
  readonly carried_over?: number;
  readonly overall: DetectionSummary;
  readonly crossings: readonly CrossingSummary[];
  readonly arrived: number;
  readonly removed: number;
  readonly in_transfer: number;
  readonly in_detention: number;
  /** Days from arrival in the scenario to a destination, over persons who arrived. */
  readonly days_in_transit: PersonStatistic;
  readonly reception: readonly ReceptionSummary[];
  readonly peak_reception_occupancy: number;
  readonly reception_capacity: number;
}

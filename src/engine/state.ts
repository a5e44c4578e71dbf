/**
 * Everything one run mutates, in one value. Phases run on (state, context, day) (dayPhase.ts);
 * nothing in the engine lives at module level.
 */
import type { AgentList } from './agentList.js';
import type { BorderState } from './border/borderState.js';
import type { AgentTable } from './agentTable.js';
import type { PathPool } from './candidatePaths.js';
import type { LocationState } from './locationState.js';
import type { Network } from './network.js';
import type { CounterRandom } from './random.js';
import type { RouteTables } from './routeChoice.js';
import type { ClosureRow, LocationChange, Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

export interface ObservedInputs {
  /** obs_s(t) for every series s (row order of data_layout.csv), t = 0..days-1, before any day-0 offset. */
  readonly daily: readonly Float64Array[];
  /** Series index of each output camp (-1: none). */
  readonly campSeries: Int32Array;
  /** Whether every lookup subtracts the day-0 value (empty_camps_on_day0). */
  readonly offsetByDay0: boolean;
}

export interface SimulationState {
  readonly scenario: Scenario;
  readonly settings: Settings;
  /**
   * Days simulated (burn-in days included); day indices of the state, the border ledger and the
   * event log count from the first of them.
   */
  readonly days: number;
  /** Burn-in days at the start (a corridor warm start): simulated, not observed; 0 without. */
  readonly burnIn: number;
  readonly locations: LocationState;
  readonly network: Network;
  readonly pool: PathPool;
  routes: RouteTables;
  readonly agents: AgentTable;
  /** Streams for agent decisions (keyed by agent id). */
  readonly rng: CounterRandom;
  readonly observed: ObservedInputs;
  /** Output camps (location indices), fixed at start-up. */
  readonly camps: Int32Array;
  readonly closures: readonly ClosureRow[];
  readonly locationChanges: readonly LocationChange[];
  /** Spawn weight per location and the day its decay was last evaluated at (§6.3). */
  readonly spawnWeights: Float64Array;
  spawnTimeRef: number;
  /** Spawning bookkeeping of §6.2. */
  debt: number;
  rawCount: number;
  /** Day-0 value of each location's series (0 if none), recorded for the capacity reduction. */
  readonly day0: Float64Array;
  /** The next day to simulate. */
  day: number;
  /** Σ over simulated days of agents existing that day. */
  agentSteps: number;
  /** Σ over simulated days of agents that travelled that day (were on a link in the travel phase). */
  movedAgentSteps: number;
  /** Which agents this copy of the run works on (see partition.ts). */
  readonly partition: { readonly index: number; readonly count: number };
  /** Sums location counts (and a pending figure) over partitions; see census.ts. */
  readonly synchronize: ((own: Int32Array, census: Int32Array, pending: number) => number) | undefined;
  /**
   * Reusable per-phase lists of agent ids (no allocation per day). `due` holds the agents of one
   * chunk due to decide, or on a link when the travel phase starts (CHUNK entries).
   */
  readonly lists: { deferred: AgentList; chaining: AgentList; nextRound: AgentList; due: Int32Array };
  /** Messages about the model's input met while running (the engine never prints). */
  readonly warnings: string[];
  /** Border crossings, policies and the ledger of a corridor scenario (undefined for Flee scenarios). */
  readonly border: BorderState | undefined;
  /** The model's per-agent step rules, read by the decision and travel phases (undefined: Flee's, none). */
  readonly stepRules: StepRules | undefined;
}

/**
 * Step rules: what a model adds per agent to Flee's movement: what happens when an agent is about to
 * step onto a link, when it arrives at a location, and to its speed on a leg. The decision and
 * travel phases call them through SimulationState.stepRules; Flee's own model declares none
 * (undefined), so a Flee run pays one comparison per call site. Locations where departures or
 * arrivals follow rules are flagged per location, so agents elsewhere pass without a call.
 */
/** `nextLeaveDay` of an agent a step rule took out of the day's movement (never reached by any day). */
export const OUT_OF_PLAY = 0x7ffffffe;

export interface StepRules {
  /** Per location: 1 when departures from it go through onDeparture. */
  readonly departureAt: Uint8Array;
  /** Per location: 1 when arrivals at it go through onArrival. */
  readonly arrivalAt: Uint8Array;
  /** Agent `a` at `l` is about to step onto `link`: the link it takes, or -1 when it stays today. */
  onDeparture(s: SimulationState, a: number, l: number, link: number, day: number): number;
  /** Agent `a` arrived at `l` (counted there): true when it stops travelling for the day. */
  onArrival(s: SimulationState, a: number, l: number, day: number): boolean;
  /** Agent `a`'s km per day on a leg whose speed is `speed`. */
  legSpeed(a: number, speed: number): number;
  /** Agent `a` completed a leg (or was sent back to its start). */
  onLegEnd(a: number): void;
}

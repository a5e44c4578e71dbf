/**
 * Everything one run mutates, in one value. Phases are functions of (state, day); nothing in the
 * engine lives at module level.
 */
import type { AgentTable } from './agentTable.js';
import type { PathPool } from './candidatePaths.js';
import type { LocationState } from './locationState.js';
import type { Network } from './network.js';
import type { CounterRandom } from './random.js';
import type { RouteTables } from './routeChoice.js';
import type { ClosureRow, LocationChange, Scenario } from '../scenario/types.js';
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
  readonly days: number;
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
  /** Reusable buffers of the phases (no allocation per day). */
  readonly scratch: { deferred: Int32Array };
  /** Messages about the model's input met while running (the engine never prints). */
  readonly warnings: string[];
}

/** obs_s(t) as the model sees it, including the empty_camps_on_day0 offset (§8.3). */
export function observedAt(s: SimulationState, series: number, t: number): number {
  const d = s.observed.daily[series];
  const v = d[Math.min(t, d.length - 1)];
  return s.observed.offsetByDay0 ? v - d[0] : v;
}

/**
 * The day as data: a model declares its day as an ordered list of phases, each of the same shape,
 * and the simulation runs them in order (simulation.ts). What every phase may need besides the
 * state is in the day's context, built once per run.
 */
import type { CandidateTable } from './candidatePaths.js';
import type { CounterRandom } from './random.js';
import type { SimulationState } from './state.js';

export interface DayContext {
  /** Streams of the movement phases (positioned by each phase on its own purpose; streamPurposes.ts). */
  readonly rng: CounterRandom;
  /** Leave probability per location for the day (written by the move-chance phase, read by decisions and travel). */
  readonly moveChance: Float64Array;
  /** The model's candidate routes over the network as it is now (when links closed or reopened). */
  readonly candidates: () => CandidateTable;
}

export interface DayPhase {
  readonly name: string;
  run(state: SimulationState, context: DayContext, day: number): void;
}

/**
 * Something the caller observes the run with (recorders): called after every day's phases, with
 * the reported day (days after the burn-in, from 0); after a burn-in day `skip` is called instead
 * with the simulation's day.
 */
export interface DayObserver {
  record(state: SimulationState, day: number): void;
  skip?(state: SimulationState, simulationDay: number): void;
}

/**
 * What a model (Flee's rules, the corridor's rules) declares to the simulation: its day as an
 * ordered list of phases, its per-agent step rules, and the candidate routes its route choice
 * draws from.
 */
import type { CandidateTable } from '../candidatePaths.js';
import type { DayPhase } from '../dayPhase.js';
import type { StepRules } from '../state.js';

export interface Model {
  readonly name: string;
  readonly phases: readonly DayPhase[];
  /** Rules of departures, arrivals and legs (undefined: none beyond Flee's). */
  readonly stepRules: StepRules | undefined;
  /** Candidate routes over the network as it is. */
  readonly candidates: () => CandidateTable;
}

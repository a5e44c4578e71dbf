/**
 * Flee's model (flee-model.md §6): the day's phases in Flee's order, no step rules of its own, and
 * candidate routes by bounded-awareness path enumeration.
 */
import { buildCandidateTable } from '../candidatePaths.js';
import type { PathPool } from '../candidatePaths.js';
import type { DayPhase } from '../dayPhase.js';
import type { LocationState } from '../locationState.js';
import type { Network } from '../network.js';
import { applyClosures } from '../phases/applyClosures.js';
import { refreshSpawnWeights } from '../phases/refreshSpawnWeights.js';
import { spawnAgents } from '../phases/spawnAgents.js';
import { updateConflicts } from '../phases/updateConflicts.js';
import type { MoveRules } from '../../settings/types.js';
import type { Model } from './model.js';
import { decisions, moveChances, refreshRoutes, scoreLocations, travelling } from './movementPhases.js';

const spawnWeights: DayPhase = { name: 'refreshSpawnWeights', run: (s, _context, day) => refreshSpawnWeights(s, day) };

/** Flee's day (§6): conflicts, spawning, closures, then movement. */
export const FLEE_DAY: readonly DayPhase[] = [
  { name: 'updateConflicts', run: (s, _context, day) => updateConflicts(s, day) },
  { name: 'spawnAgents', run: (s, context, day) => spawnAgents(s, day, context.rng) },
  spawnWeights,
  { name: 'applyClosures', run: (s, _context, day) => applyClosures(s, day) },
  refreshRoutes,
  spawnWeights,
  scoreLocations,
  moveChances,
  decisions,
  travelling,
];

export function fleeModel(network: Network, locations: LocationState, rules: MoveRules, pool: PathPool): Model {
  return {
    name: 'flee',
    phases: FLEE_DAY,
    stepRules: undefined,
    candidates: () => buildCandidateTable(network, locations, rules.awareness_level, pool),
  };
}

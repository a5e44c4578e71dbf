/**
 * Day step 6.5b (flee-model.md §8.1, §12.5): each location's score S(l, t) and capacity growth.
 */
import { LocationFlag } from '../locationState.js';
import type { SimulationState } from '../state.js';
import { conflictDecay } from './refreshSpawnWeights.js';

export function updateScores(s: SimulationState, day: number): void {
  const loc = s.locations;
  const rules = s.settings.move_rules;
  const spawn = s.settings.spawn_rules;
  for (let l = 0; l < loc.count; l++) {
    let score = 1;
    if (loc.foreign[l] === 1) score *= rules.foreign_weight;
    if ((loc.flags[l] & (LocationFlag.camp | LocationFlag.idpcamp)) !== 0) score *= rules.camp_weight;
    const c = loc.conflict[l];
    if (c > 0) {
      const decay = conflictDecay(spawn.conflict_spawn_decay, spawn.conflict_spawn_decay_interval, day - loc.timeOfConflict[l]);
      score *= rules.conflict_weight ** (decay * c);
    }
    loc.score[l] = score;
    if (loc.capacityPerDay[l] > 0) loc.capacity[l] += loc.capacityPerDay[l];
  }
}

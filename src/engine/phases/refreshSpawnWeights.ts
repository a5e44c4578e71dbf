/**
 * Spawn weights of flee-model.md §6.3: population × conflict intensity × decay by months since the
 * conflict started, for conflict zones. Recomputed at Flee's refresh points, so the spawning of a
 * day normally sees the previous day's weights (Q20).
 */
import type { SimulationState } from '../state.js';

/** decay(dt) of §6.3 (1 when no decay list is set). */
export function conflictDecay(list: readonly number[], interval: number, ageDays: number): number {
  if (list.length === 0) return 1;
  return list[Math.min(Math.trunc(ageDays / interval), list.length - 1)];
}

export function refreshSpawnWeights(s: SimulationState, timeRef: number): void {
  const loc = s.locations;
  const rules = s.settings.spawn_rules;
  const w = s.spawnWeights;
  const dataDriven = rules.conflict_driven_spawning === undefined;
  for (let l = 0; l < loc.count; l++) {
    const c = loc.conflict[l];
    if (!dataDriven || c <= 0) {
      w[l] = 0;
      continue;
    }
    w[l] = loc.population[l] * c * conflictDecay(rules.conflict_spawn_decay, rules.conflict_spawn_decay_interval, timeRef - loc.timeOfConflict[l]);
  }
  s.spawnTimeRef = timeRef;
}

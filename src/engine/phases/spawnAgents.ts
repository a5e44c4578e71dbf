/**
 * Day step 6.2 (flee-model.md): new agents. In data-driven mode the day's number follows the
 * increase of the observed camp series with Flee's debt rule; locations are drawn i.i.d. from the
 * spawn weights. In conflict-driven mode each active conflict zone produces a set number.
 */
import { addAgents } from '../agentTable.js';
import { ownedInRange } from '../partition.js';
import { poisson } from '../poisson.js';
import { STREAM } from '../streamPurposes.js';
import type { SimulationState } from '../state.js';
import { observedIncrease, spawnAfterDebt } from '../spawnCounts.js';
import { CounterRandom } from '../random.js';

export function spawnAgents(s: SimulationState, day: number, rng: CounterRandom): void {
  const rules = s.settings.spawn_rules;
  if (rules.conflict_driven_spawning !== undefined) {
    spawnFromConflicts(s, day, rng);
    return;
  }
  const diff = observedIncrease(s.observed, rules, day);
  s.rawCount += diff;
  if (rules.insert_day0 && day === 0) {
    // Q5: capacities lose the day-0 count although those agents were also inserted.
    const cap = s.locations.capacity;
    for (let l = 0; l < cap.length; l++) if (cap[l] > 0) cap[l] -= Math.trunc(s.day0[l]);
  }
  const { fresh, debt } = spawnAfterDebt(diff, s.debt, day, rules);
  s.debt = debt;
  if (fresh > 0) placeBySpawnWeight(s, day, fresh, rng);
}

function placeBySpawnWeight(s: SimulationState, day: number, count: number, rng: CounterRandom): void {
  const w = s.spawnWeights;
  const n = w.length;
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let l = 0; l < n; l++) {
    total += w[l];
    cumulative[l] = total;
  }
  if (!(total > 0)) {
    s.warnings.push(`day ${day}: ${count} people to place but no location has a positive spawn weight (no active conflict zone with population); they were not created`);
    return;
  }
  const perLocation = new Int32Array(n);
  rng.reset(day, 0, STREAM.spawn);
  for (let i = 0; i < count; i++) {
    const target = rng.nextDouble() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    perLocation[lo]++;
  }
  // Agents are created grouped by location; order within a day does not change any draw (draws are
  // keyed by agent id and phases read snapshotted counts).
  for (let l = 0; l < n; l++) if (perLocation[l] > 0) createAt(s, l, perLocation[l], day);
}

/** Creates `n` agents at `l`; they decide on the day they are created. */
export function createAt(s: SimulationState, l: number, n: number, day: number): void {
  const first = addAgents(s.agents, l, n, day);
  s.locations.agents[l] += ownedInRange(s.partition.index, s.partition.count, first, n);
  if (s.settings.spawn_rules.take_from_population) {
    const pop = s.locations.population;
    pop[l] = Math.max(0, pop[l] - n);
  }
}

function spawnFromConflicts(s: SimulationState, day: number, rng: CounterRandom): void {
  const mode = s.settings.spawn_rules.conflict_driven_spawning;
  if (mode === undefined) return;
  const loc = s.locations;
  const d = mode.displaced_per_conflict_day;
  rng.reset(day, 0, STREAM.conflictSpawn);
  for (let l = 0; l < loc.count; l++) {
    const intensity = loc.conflict[l];
    if (!(intensity > 0)) continue;
    let n = 0;
    if (mode.spawn_mode === 'constant') n = Math.trunc(d * intensity);
    else if (mode.spawn_mode === 'pop_ratio') n = Math.trunc(d * loc.population[l] * intensity);
    else n = poisson(rng, d * intensity);
    if (n > 0) createAt(s, l, n, day);
  }
}

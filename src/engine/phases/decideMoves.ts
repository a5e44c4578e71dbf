/**
 * Day step 6.5d (flee-model.md): every agent at a location decides whether and where to move.
 * The leave draw is the first uniform of the agent's stream for the day, so an agent that stays
 * costs one hash. With avoid_short_stints, the end-of-previous-day update of recent travel (step
 * 6.5g, read only by that rule) is applied here, before anything reads it.
 */
import { StreamPurpose } from '../random.js';
import type { CounterRandom } from '../random.js';
import { beginPhase } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import { depart } from './moveDecision.js';

/** Leave probability per location for the day (§7.2, with the optional population factor). */
export function effectiveMoveChance(s: SimulationState, out: Float64Array): Float64Array {
  const loc = s.locations;
  const rules = s.settings.move_rules;
  for (let l = 0; l < loc.count; l++) {
    let m = loc.moveChance[l];
    if (rules.movechance_pop_scale_factor !== 0) {
      m *= (Math.max(loc.population[l], loc.capacity[l]) / rules.movechance_pop_base) ** rules.movechance_pop_scale_factor;
    }
    out[l] = m;
  }
  return out;
}

/** Step 6.5g for every agent: recent travel from the distance moved on the previous day. */
export function updateRecentTravel(s: SimulationState): void {
  const agents = s.agents;
  const moved = agents.movedToday;
  const recent = agents.recentTravel;
  const inverseSpeed = 1 / s.settings.move_rules.max_move_speed;
  for (let a = 0, n = agents.count; a < n; a++) {
    recent[a] = (recent[a] + moved[a] * inverseSpeed) / 2;
    moved[a] = 0;
  }
}

export function decideMoves(s: SimulationState, day: number, moveChance: Float64Array, rng: CounterRandom): void {
  beginPhase(s.routes, s.locations, s.settings.move_rules);
  const agents = s.agents;
  const n = agents.count;
  const link = agents.link;
  const location = agents.location;
  const routePath = agents.routePath;
  const key = rng.dayKey(day, StreamPurpose.decision);
  for (let a = 0; a < n; a++) {
    if (link[a] >= 0) continue;
    const u = rng.begin(key, a);
    if (routePath[a] < 0 && u >= moveChance[location[a]]) continue;
    depart(s, a, rng);
  }
}

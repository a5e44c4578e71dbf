/**
 * Day step 6.5d (flee-model.md): every agent at a location decides whether and where to move.
 * Also applies, for each agent, the end-of-previous-day update of recent travel (step 6.5g), which
 * nothing reads before this point.
 */
import { StreamPurpose } from '../random.js';
import type { CounterRandom } from '../random.js';
import { beginPhase } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import { decide } from './moveDecision.js';

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

export function decideMoves(s: SimulationState, day: number, moveChance: Float64Array, rng: CounterRandom): void {
  beginPhase(s.routes, s.locations, s.settings.move_rules);
  const agents = s.agents;
  const n = agents.count;
  const link = agents.link;
  const moved = agents.movedToday;
  const recent = agents.recentTravel;
  const inverseSpeed = 1 / s.settings.move_rules.max_move_speed;
  for (let a = 0; a < n; a++) {
    if (moved[a] !== 0 || recent[a] !== 0) {
      recent[a] = (recent[a] + moved[a] * inverseSpeed) / 2;
      moved[a] = 0;
    }
    if (link[a] >= 0) continue;
    rng.reset(day, a, StreamPurpose.agent);
    decide(s, a, false, moveChance, rng);
  }
}

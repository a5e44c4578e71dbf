/**
 * Day step 6.5e (flee-model.md §7.6, Flee's `finish_travel`): travellers advance along their link;
 * an agent that completes a leg with budget left decides again at the new location and may chain
 * several legs in one day (Q18). Links closed while an agent was on them send it back to the start.
 */
import { StreamPurpose } from '../random.js';
import type { CounterRandom } from '../random.js';
import { beginPhase } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import { decide } from './moveDecision.js';

export function travel(s: SimulationState, day: number, moveChance: Float64Array, rng: CounterRandom): void {
  beginPhase(s.routes, s.locations, s.settings.move_rules);
  const agents = s.agents;
  const n = agents.count;
  for (let a = 0; a < n; a++) {
    if (agents.link[a] < 0) continue;
    // Offset the stream from the decision phase's so the two phases never share draws.
    rng.reset(day, a + 0x40000000, StreamPurpose.agent);
    finishTravel(s, a, moveChance, rng);
  }
}

function finishTravel(s: SimulationState, a: number, moveChance: Float64Array, rng: CounterRandom): void {
  const agents = s.agents;
  const net = s.network;
  const loc = s.locations;
  const rules = s.settings.move_rules;
  for (;;) {
    const e = agents.link[a];
    let speed = net.linkSpeed[e];
    if (speed !== speed) speed = rules.max_move_speed; // NaN: no per-link speed
    if (rules.start_on_foot && agents.placesTravelled[a] === 1) speed = rules.max_walk_speed;
    const walk = net.linkWalkProbability[e];
    if (walk > 0 && rng.next() < walk) speed = rules.max_walk_speed;
    const length = net.linkLength[e];
    const progress = agents.distanceOnLink[a] + speed;
    agents.distanceOnLink[a] = progress;
    agents.movedToday[a] += speed;
    if (progress <= length) return;
    if (agents.placesTravelled[a] < 255) agents.placesTravelled[a]++;
    agents.movedToday[a] += length - progress;
    net.linkAgents[e]--;
    agents.link[a] = -1;
    agents.distanceOnLink[a] = 0;
    if (net.linkClosed[e] === 1) {
      const back = net.linkFrom[e];
      agents.location[a] = back;
      loc.agents[back]++;
      return;
    }
    const chain = agents.movedToday[a] < speed;
    const to = net.linkTo[e];
    agents.location[a] = to;
    loc.agents[to]++;
    if (!chain) return;
    const force = rules.avoid_short_stints && (agents.recentTravel[a] + agents.movedToday[a] / rules.max_move_speed) / 2 < 0.5;
    decide(s, a, force, moveChance, rng);
    if (agents.link[a] < 0) return;
  }
}

/**
 * Day step 6.5e (flee-model.md §7.6, Flee's `finish_travel`): travellers advance along their link;
 * an agent that completes a leg with budget left decides again at the new location and may chain
 * several legs in one day (Q18). Links closed while an agent was on them send it back to the start.
 */
import { recentTravelAt } from '../agentTable.js';
import { StreamPurpose } from '../random.js';
import type { CounterRandom } from '../random.js';
import { beginPhase } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import { decide } from './moveDecision.js';

export function travel(s: SimulationState, day: number, moveChance: Float64Array, rng: CounterRandom): void {
  const rules = s.settings.move_rules;
  beginPhase(s.routes, s.locations, rules);
  const agents = s.agents;
  const net = s.network;
  const link = agents.link;
  const location = agents.location;
  const progressOf = agents.distanceOnLink;
  const places = agents.placesTravelled;
  const present = s.locations.agents;
  const linkSpeed = net.linkSpeed;
  const linkWalk = net.linkWalkProbability;
  const linkLength = net.linkLength;
  const linkClosed = net.linkClosed;
  const linkFrom = net.linkFrom;
  const linkTo = net.linkTo;
  const linkAgents = net.linkAgents;
  const maxSpeed = rules.max_move_speed;
  const walkSpeed = rules.max_walk_speed;
  const startOnFoot = rules.start_on_foot;
  const avoidShortStints = rules.avoid_short_stints;
  const key = rng.dayKey(day, StreamPurpose.travel);
  for (let a = 0, n = agents.count; a < n; a++) {
    let e = link[a];
    if (e < 0) continue;
    // moved_today starts at 0 each day (step 6.5g); recent travel as of yesterday's end (§7.7).
    let movedToday = 0;
    const recent = avoidShortStints ? recentTravelAt(agents, a, day - 1) : 0;
    rng.begin(key, a);
    // Flee's finish_travel, with its recursion on chained legs turned into a loop.
    for (;;) {
      let speed = linkSpeed[e];
      if (speed !== speed) speed = maxSpeed; // NaN: the link sets no speed of its own
      if (startOnFoot && places[a] === 1) speed = walkSpeed;
      const walk = linkWalk[e];
      if (walk > 0 && rng.next() < walk) speed = walkSpeed;
      const length = linkLength[e];
      const progress = progressOf[a] + speed;
      progressOf[a] = progress;
      if (progress <= length) {
        movedToday += speed;
        break;
      }
      if (places[a] < 255) places[a]++;
      movedToday += speed + (length - progress);
      linkAgents[e]--;
      link[a] = -1;
      progressOf[a] = 0;
      if (linkClosed[e] === 1) {
        const back = linkFrom[e];
        location[a] = back;
        present[back]++;
        break;
      }
      const to = linkTo[e];
      location[a] = to;
      present[to]++;
      if (!(movedToday < speed)) break;
      const force = avoidShortStints && (recent + movedToday / maxSpeed) / 2 < 0.5;
      decide(s, a, force, moveChance, rng);
      e = link[a];
      if (e < 0) break;
    }
    if (avoidShortStints) {
      // Step 6.5g for a day with travel; days without travel only halve it (recentTravelAt).
      agents.recentTravel[a] = (recent + movedToday / maxSpeed) / 2;
      agents.recentTravelDay[a] = day;
    }
  }
}

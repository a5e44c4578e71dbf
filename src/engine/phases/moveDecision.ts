/**
 * An agent's decision at a location (flee-model.md §7.1–7.2, Flee's `evolve`): whether to leave,
 * which route to take if it has none, and stepping onto the first link of the route.
 */
import { LocationFlag } from '../locationState.js';
import { chooseRoute } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import type { CounterRandom } from '../random.js';

/**
 * Runs the decision for agent `a` (not travelling), drawing from `rng` (already positioned on the
 * agent's stream). `moveChance` is the location's effective leave probability of the day.
 */
export function decide(s: SimulationState, a: number, forceTownMove: boolean, moveChance: Float64Array, rng: CounterRandom): void {
  const agents = s.agents;
  const l = agents.location[a];
  let m: number;
  if (forceTownMove && (s.locations.flags[l] & LocationFlag.town) !== 0) m = 1;
  else if (agents.routePath[a] >= 0) m = 1;
  else m = moveChance[l];
  if (m < 1 && rng.next() >= m) return;
  if (agents.routePath[a] < 0) {
    const path = chooseRoute(s.routes, l, rng.next(), s.settings.move_rules);
    if (path < 0) return;
    agents.routePath[a] = path;
    agents.routePosition[a] = 0;
  }
  takeNextStep(s, a, l);
}

/** Flee's `take_next_step`: onto the first active link toward the next waypoint, unless the final camp is full. */
function takeNextStep(s: SimulationState, a: number, l: number): void {
  const agents = s.agents;
  const net = s.network;
  const pool = s.pool;
  const path = agents.routePath[a];
  const pos = agents.routePosition[a];
  const start = pool.start[path];
  const len = pool.length[path];
  const target = pool.nodes[start + pos];
  let link = -1;
  for (let k = net.activeStart[l], e = net.activeStart[l + 1]; k < e; k++) {
    const id = net.activeLinks[k];
    if (net.linkTo[id] === target) {
      link = id;
      break;
    }
  }
  if (link < 0 || s.routes.full[pool.nodes[start + len - 1]] === 1) {
    agents.routePath[a] = -1;
    return;
  }
  if (pos + 1 >= len) agents.routePath[a] = -1;
  else agents.routePosition[a] = pos + 1;
  s.locations.agents[l]--;
  net.linkAgents[link]++;
  net.linkEntries[link]++;
  agents.link[a] = link;
  agents.distanceOnLink[a] = 0;
}

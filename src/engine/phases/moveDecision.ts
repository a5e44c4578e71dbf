/**
 * An agent's decision at a location (flee-model.md §7.1–7.2, Flee's `evolve`): whether to leave,
 * which route to take if it has none, and stepping onto the first link of the route.
 */
import { TRAVELLING, putOnLink } from '../agentTable.js';
import { LocationFlag } from '../locationState.js';
import { chooseRoute } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import type { CounterRandom } from '../random.js';

/**
 * Leave probability of agent `a` at its location (§7.2): 1 when it has a route or when a short stint
 * forces a town move, else the location's effective move chance of the day.
 */
export function leaveChance(s: SimulationState, a: number, forceTownMove: boolean, moveChance: Float64Array): number {
  const l = s.agents.location[a];
  if (forceTownMove && (s.locations.flags[l] & LocationFlag.town) !== 0) return 1;
  if (s.agents.routePath[a] >= 0) return 1;
  return moveChance[l];
}

/** Runs the decision for agent `a` (not travelling), drawing from `rng` (positioned on the agent's stream). */
export function decide(s: SimulationState, a: number, forceTownMove: boolean, moveChance: Float64Array, rng: CounterRandom): void {
  const m = leaveChance(s, a, forceTownMove, moveChance);
  if (m < 1 && rng.next() >= m) return;
  depart(s, a, rng);
}

/** The agent leaves: picks a route if it has none, then steps onto its first link (or does not move). */
export function depart(s: SimulationState, a: number, rng: CounterRandom): void {
  const agents = s.agents;
  const l = agents.location[a];
  if (agents.routePath[a] >= 0) {
    takeNextStep(s, a, l);
    return;
  }
  departWithoutRoute(s, a, l, rng.next(), s.day);
}

/** Steps agent `a` at `l` onto `link`, unless the model's departure rule turns it back. */
function stepOnto(s: SimulationState, a: number, l: number, link: number): void {
  const rules = s.stepRules;
  if (rules !== undefined && rules.departureAt[l] === 1 && (link = rules.onDeparture(s, a, l, link, s.day)) < 0) return;
  enterLink(s, a, l, link);
}

function enterLink(s: SimulationState, a: number, l: number, link: number): void {
  const agents = s.agents;
  const net = s.network;
  s.locations.agents[l]--;
  net.linkAgents[link]++;
  net.linkEntries[link]++;
  putOnLink(agents, a, link);
  agents.distanceOnLink[a] = 0;
  agents.nextLeaveDay[a] = TRAVELLING;
}

/**
 * `depart` for an agent at `l` without a route, with the route's uniform draw `u` given (the form
 * the decision and travel phases call for their common case): picks a candidate from the
 * location's table (built on first use in the phase), and steps onto its first link unless the
 * candidate's final waypoint is full or the model's departure rule turns the agent back (only
 * then is the route committed). True when the agent is on a link.
 */
export function departWithoutRoute(s: SimulationState, a: number, l: number, u: number, day: number): boolean {
  const routes = s.routes;
  const c = routes.candidates;
  const k = chooseRoute(routes, l, u, s.settings.move_rules);
  if (k < 0) return false;
  if (routes.full[c.end[k]] === 1) return false;
  let link = c.firstLink[k];
  const rules = s.stepRules;
  if (rules !== undefined && rules.departureAt[l] === 1 && (link = rules.onDeparture(s, a, l, link, day)) < 0) return false;
  const route = c.route[k];
  if (route >= 0) {
    s.agents.routePath[a] = route;
    s.agents.routePosition[a] = 1;
  }
  enterLink(s, a, l, link);
  return true;
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
  stepOnto(s, a, l, link);
}

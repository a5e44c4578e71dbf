/**
 * Day step 6.5e (flee-model.md §7.6, Flee's `finish_travel`): travellers advance along their link;
 * an agent that completes a leg with budget left decides again at the new location and may chain
 * several legs in one day (Q18). Links closed while an agent was on them send it back to the start.
 *
 * Chained legs run in rounds: every traveller first completes (or not) its current leg; then the
 * counts are taken again and the agents with budget left decide at their new location and
 * advance one more leg; and so on until nobody chains. Each round sees the arrivals of the rounds
 * before it, as serial Flee's live counts do, without depending on the order of agents.
 */
import { append } from '../agentList.js';
import type { AgentList } from '../agentList.js';
import { recentTravelAt } from '../agentTable.js';
import { StreamPurpose } from '../random.js';
import type { CounterRandom } from '../random.js';
import { takeCensus } from '../census.js';
import { beginPhase } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import { decide } from './moveDecision.js';

export function travel(s: SimulationState, day: number, moveChance: Float64Array, rng: CounterRandom): number {
  const rules = s.settings.move_rules;
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

  // Agents waiting to chain another leg; the km they moved today wait in their (free)
  // distanceOnLink column while they are at a location.
  // Agents on a link at the end of the day: tomorrow's travellers, with tomorrow's departures.
  const stillTravelling = s.lists.nextTravellers;
  stillTravelling.length = 0;
  let chaining = s.lists.chaining;
  let nextRound = s.lists.nextRound;
  chaining.length = 0;

  /**
   * The agent's day of travel is over: if it is at a location it draws a leave day tomorrow, and
   * step 6.5g updates its recent travel.
   */
  const finish = (a: number, movedToday: number): void => {
    if (link[a] < 0) agents.nextLeaveDay[a] = -1;
    if (!avoidShortStints) return;
    agents.recentTravel[a] = (recentTravelAt(agents, a, day - 1) + movedToday / maxSpeed) / 2;
    agents.recentTravelDay[a] = day;
  };

  /** One call of Flee's finish_travel up to (not including) the chained decision. */
  const advance = (a: number, movedBefore: number, out: AgentList): void => {
    const e = link[a];
    let speed = linkSpeed[e];
    if (speed !== speed) speed = maxSpeed; // NaN: the link sets no speed of its own
    if (startOnFoot && places[a] === 1) speed = walkSpeed;
    const walk = linkWalk[e];
    if (walk > 0 && rng.next() < walk) speed = walkSpeed;
    const length = linkLength[e];
    const progress = progressOf[a] + speed;
    progressOf[a] = progress;
    if (progress <= length) {
      append(stillTravelling, a);
      finish(a, movedBefore + speed);
      return;
    }
    if (places[a] < 255) places[a]++;
    const movedToday = movedBefore + speed + (length - progress);
    linkAgents[e]--;
    link[a] = -1;
    progressOf[a] = 0;
    if (linkClosed[e] === 1) {
      const back = linkFrom[e];
      location[a] = back;
      present[back]++;
      finish(a, movedToday);
      return;
    }
    const to = linkTo[e];
    location[a] = to;
    present[to]++;
    if (movedToday < speed) {
      progressOf[a] = movedToday;
      append(out, a);
    } else {
      finish(a, movedToday);
    }
  };

  takeCensus(s);
  beginPhase(s.routes, s.locations, rules);
  let key = rng.dayKey(day, StreamPurpose.travel);
  const travellers = s.lists.travellers;
  for (let i = 0; i < travellers.length; i++) {
    const a = travellers.ids[i];
    rng.begin(key, a);
    advance(a, 0, chaining);
  }
  const travelled = travellers.length;
  // A round runs while any partition has agents to chain (all partitions take every census).
  for (let round = 1; takeCensus(s, chaining.length) > 0; round++) {
    beginPhase(s.routes, s.locations, rules);
    key = rng.dayKey(day, StreamPurpose.chainedTravel + round);
    nextRound.length = 0;
    for (let i = 0; i < chaining.length; i++) {
      const a = chaining.ids[i];
      const movedToday = progressOf[a];
      progressOf[a] = 0;
      rng.begin(key, a);
      const force = avoidShortStints && (recentTravelAt(agents, a, day - 1) + movedToday / maxSpeed) / 2 < 0.5;
      decide(s, a, force, moveChance, rng);
      if (link[a] >= 0) advance(a, movedToday, nextRound);
      else finish(a, movedToday);
    }
    [chaining, nextRound] = [nextRound, chaining];
  }
  s.lists.chaining = chaining;
  s.lists.nextRound = nextRound;
  s.lists.nextTravellers = travellers;
  s.lists.travellers = stillTravelling;
  return travelled;
}

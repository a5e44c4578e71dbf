/**
 * Day step 6.5e (flee-model.md §7.6, Flee's `finish_travel`): travellers advance along their link;
 * an agent that completes a leg with budget left decides again at the new location and may chain
 * several legs in one day (Q18). Links closed while an agent was on them send it back to the start.
 *
 * Chained legs run in rounds: every traveller first completes (or not) its current leg; then the
 * counts are taken again and the agents with budget left decide at their new location and
 * advance one more leg; and so on until nobody chains. Each round sees the arrivals of the rounds
 * before it, as serial Flee's live counts do, without depending on the order of agents.
 * When no census of the rest of the day can change a route table (occupancyStaysOne: no
 * capacity-limited location can reach its throttling range), the remaining rounds are run agent
 * by agent instead (same tables, same per-round streams, same result; docs/ODD.md 7.10).
 */
import { append } from '../agentList.js';
import { TRAVELLING, recentTravelAt, setRecentTravel, takeOffLink } from '../agentTable.js';
import { LocationFlag } from '../locationState.js';
import { agentsOnLinks } from '../network.js';
import { STREAM_STEP, StreamPurpose, UNIFORM_SCALE, mix32, streamStart } from '../random.js';
import type { CounterRandom } from '../random.js';
import { takeCensus } from '../census.js';
import { CHUNK } from '../partition.js';
import { agentsFlagged } from '../chunkScans.js';
import { beginPhase, occupancyStaysOne } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import { decide, departWithoutRoute } from './moveDecision.js';
import { onArrival } from '../border/reception.js';

export function travel(s: SimulationState, day: number, moveChance: Float64Array, rng: CounterRandom): number {
  const rules = s.settings.move_rules;
  const agents = s.agents;
  const { link, location, distanceOnLink: progressOf, placesTravelled: places, routePath, nextLeaveDay: nextLeave } = agents;
  const { linkSpeed, linkWalkProbability: linkWalk, linkLength, linkClosed, linkFrom, linkTo, linkAgents } = s.network;
  const { max_move_speed: maxSpeed, max_walk_speed: walkSpeed, start_on_foot: startOnFoot, avoid_short_stints: avoidShortStints } = rules;
  const present = s.locations.agents;
  const flags = s.locations.flags;
  const border = s.border;

  // Agents waiting to chain another leg; the km they moved today wait in their (free)
  // distanceOnLink column while they are at a location.
  let chaining = s.lists.chaining;
  let nextRound = s.lists.nextRound;
  chaining.length = 0;

  /** The agent's day of travel is over, on a link: step 6.5g updates its recent travel. */
  const finishOnLink = (a: number, movedToday: number): void => {
    if (avoidShortStints) setRecentTravel(agents, a, (recentTravelAt(agents, a, day - 1) + movedToday / maxSpeed) / 2, day);
  };
  /** The agent's day of travel is over, at a location: it draws a leave day tomorrow (finishOnLink too). */
  const finish = (a: number, movedToday: number): void => {
    if (nextLeave[a] === TRAVELLING) nextLeave[a] = -1;
    finishOnLink(a, movedToday);
  };
  // The travel stream of the agent whose first leg is advancing is started only when the leg
  // draws from it (a link with a walking probability): most legs draw nothing.
  let streamAgent = -1;

  /**
   * One call of Flee's finish_travel up to (not including) the chained decision; true when the
   * agent completed a leg with budget left (its km moved today then wait in distanceOnLink).
   */
  const advance = (a: number, movedBefore: number): boolean => {
    const e = link[a];
    let speed = linkSpeed[e];
    if (speed !== speed) speed = maxSpeed; // NaN: the link sets no speed of its own
    if (startOnFoot && places[a] === 1) speed = walkSpeed;
    const walk = linkWalk[e];
    if (walk > 0) {
      if (streamAgent === a) rng.state = streamStart(key, a);
      streamAgent = -1;
      if (rng.next() < walk) speed = walkSpeed;
    }
    if (border !== undefined && border.clientLegs[a] > 0) speed *= border.services[border.clientService[a]].speedFactor;
    const length = linkLength[e];
    const progress = progressOf[a] + speed;
    progressOf[a] = progress;
    if (progress <= length) {
      finishOnLink(a, movedBefore + speed);
      return false;
    }
    // Only `places == 1` is ever read (start_on_foot).
    if (startOnFoot && places[a] < 255) places[a]++;
    if (border !== undefined && border.clientLegs[a] > 0) border.clientLegs[a]--;
    const movedToday = movedBefore + speed + (length - progress);
    linkAgents[e]--;
    takeOffLink(agents, a);
    progressOf[a] = 0;
    if (linkClosed[e] === 1) {
      const back = linkFrom[e];
      location[a] = back;
      present[back]++;
      finish(a, movedToday);
      return false;
    }
    const to = linkTo[e];
    location[a] = to;
    present[to]++;
    if (border !== undefined && border.arriveHook[to] === 1 && onArrival(s, border, a, to, day)) {
      finish(a, movedToday);
      return false;
    }
    if (movedToday < speed) {
      progressOf[a] = movedToday;
      return true;
    }
    finish(a, movedToday);
    return false;
  };

  /**
   * The chained decision of agent `a` (moveDecision.ts: decide, then depart), drawing from its
   * stream under `key`; true when it stepped onto a link. Agents without a route are handled
   * inline (the common case), the others by `decide`.
   */
  const decideChained = (a: number, key: number, movedToday: number): boolean => {
    let state = streamStart(key, a);
    const l = location[a];
    // A forced town move (avoid_short_stints) only matters at a town: recent travel is read only there.
    const forced =
      avoidShortStints && (flags[l] & LocationFlag.town) !== 0 && (recentTravelAt(agents, a, day - 1) + movedToday / maxSpeed) / 2 < 0.5;
    if (forced || routePath[a] >= 0) {
      rng.state = state;
      decide(s, a, forced, moveChance, rng);
      return link[a] >= 0;
    }
    const m = moveChance[l];
    if (m < 1) {
      state = (state + STREAM_STEP) | 0;
      if (mix32(state) * UNIFORM_SCALE >= m) return false;
    }
    state = (state + STREAM_STEP) | 0;
    if (!departWithoutRoute(s, a, l, mix32(state) * UNIFORM_SCALE, day)) return false;
    rng.state = state;
    return true;
  };

  /**
   * Agent `a`, which has just completed a leg in round `round` (its km moved today waiting in
   * distanceOnLink), chains all its further legs of the day at once: valid when every census of
   * the remaining rounds would leave the route tables unchanged (occupancyStaysOne), since its
   * decisions then see the same tables and draw from the same per-round streams.
   */
  const chainAll = (a: number, round: number): void => {
    while (true) {
      round++;
      while (roundKeys.length <= round) roundKeys.push(rng.dayKey(day, StreamPurpose.chainedTravel + roundKeys.length));
      const movedToday = progressOf[a];
      progressOf[a] = 0;
      if (!decideChained(a, roundKeys[round], movedToday)) {
        finish(a, movedToday);
        return;
      }
      if (!advance(a, movedToday)) return;
    }
  };
  const roundKeys: number[] = [rng.dayKey(day, StreamPurpose.travel)];

  let key = roundKeys[0];
  // Every agent on a link (still travelling from yesterday, or departed today) may arrive
  // somewhere today: the bound on arrivals at any one location.
  const travelled = agentsOnLinks(s.network);
  let pending = takeCensus(s, travelled);
  beginPhase(s.routes, s.locations, rules);
  const chainAtOnce = occupancyStaysOne(s.locations, rules, pending);
  // The travellers are found from each chunk's on-link bits (no list of them is kept from day to
  // day: at 10⁷ agents it cost 4–8 bytes per agent), then advanced in id order.
  const due = s.lists.due;
  const { index, count } = s.partition;
  for (let start = index * CHUNK, n = agents.count; start < n; start += count * CHUNK) {
    const dueCount = agentsFlagged(agents.onLink, start, Math.min(start + CHUNK, n), due);
    for (let i = 0; i < dueCount; i++) {
      const a = due[i];
      streamAgent = a;
      const chains = advance(a, 0);
      streamAgent = -1;
      if (!chains) continue;
      if (chainAtOnce) chainAll(a, 0);
      else append(chaining, a);
    }
  }
  if (chainAtOnce) return travelled;
  // A round runs while any partition has agents to chain (all partitions take every census).
  for (let round = 1; (pending = takeCensus(s, chaining.length)) > 0; round++) {
    beginPhase(s.routes, s.locations, rules);
    if (occupancyStaysOne(s.locations, rules, pending)) {
      // Only the agents chaining now can still arrive anywhere today.
      for (let i = 0; i < chaining.length; i++) chainAll(chaining.ids[i], round - 1);
      chaining.length = 0;
      break;
    }
    key = rng.dayKey(day, StreamPurpose.chainedTravel + round);
    nextRound.length = 0;
    for (let i = 0; i < chaining.length; i++) {
      const a = chaining.ids[i];
      const movedToday = progressOf[a];
      progressOf[a] = 0;
      if (!decideChained(a, key, movedToday)) finish(a, movedToday);
      else if (advance(a, movedToday)) append(nextRound, a);
    }
    [chaining, nextRound] = [nextRound, chaining];
  }
  s.lists.chaining = chaining;
  s.lists.nextRound = nextRound;
  return travelled;
}

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
import type { AgentList } from '../agentList.js';
import { TRAVELLING, recentTravelAt, setRecentTravel, takeOffLink } from '../agentTable.js';
import type { AgentTable } from '../agentTable.js';
import { LocationFlag } from '../locationState.js';
import { agentsOnLinks } from '../network.js';
import { STREAM_STEP, UNIFORM_SCALE, mix32, streamStart } from '../random.js';
import { STREAM } from '../streamPurposes.js';
import type { CounterRandom } from '../random.js';
import { takeCensus } from '../census.js';
import { CHUNK } from '../partition.js';
import { agentsFlagged } from '../chunkScans.js';
import { beginPhase, occupancyStaysOne } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import type { StepRules } from '../state.js';
import { decide, departWithoutRoute } from './moveDecision.js';

/**
 * What one day's travel reads and writes, gathered once per call into plain fields: the phase's
 * steps are module functions over this record rather than closures over the phase's locals.
 */
interface TravelDay {
  readonly s: SimulationState;
  readonly day: number;
  readonly rng: CounterRandom;
  readonly moveChance: Float64Array;
  readonly agents: AgentTable;
  readonly link: Int32Array;
  readonly location: Int32Array;
  readonly progressOf: Float32Array;
  readonly places: Uint8Array;
  readonly routePath: Int32Array;
  readonly nextLeave: Int32Array;
  readonly linkSpeed: Float64Array;
  readonly linkWalk: Float64Array;
  readonly linkLength: Float64Array;
  readonly linkClosed: Uint8Array;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  readonly linkAgents: Int32Array;
  readonly present: Int32Array;
  readonly flags: Uint8Array;
  readonly maxSpeed: number;
  readonly walkSpeed: number;
  readonly startOnFoot: boolean;
  readonly avoidShortStints: boolean;
  /** The model's step rules (undefined for Flee's). */
  readonly rules: StepRules | undefined;
  /** Stream keys by round: 0 is the day's travel stream, r >= 1 chained round r (grown on demand). */
  readonly roundKeys: number[];
  /**
   * The agent advancing its first leg, whose travel stream is started only when the leg draws
   * from it (a link with a walking probability): most legs draw nothing. -1 otherwise.
   */
  streamAgent: number;
}

/** The agent's day of travel is over, on a link: step 6.5g updates its recent travel. */
function finishOnLink(t: TravelDay, a: number, movedToday: number): void {
  if (t.avoidShortStints) setRecentTravel(t.agents, a, (recentTravelAt(t.agents, a, t.day - 1) + movedToday / t.maxSpeed) / 2, t.day);
}

/** The agent's day of travel is over, at a location: it draws a leave day tomorrow (finishOnLink too). */
function finish(t: TravelDay, a: number, movedToday: number): void {
  if (t.nextLeave[a] === TRAVELLING) t.nextLeave[a] = -1;
  finishOnLink(t, a, movedToday);
}

/** Agent `a`'s km per day on link `e` today: the link's speed, or walking, or a smuggler's pace. */
function legSpeed(t: TravelDay, a: number, e: number): number {
  let speed = t.linkSpeed[e];
  if (speed !== speed) speed = t.maxSpeed; // NaN: the link sets no speed of its own
  if (t.startOnFoot && t.places[a] === 1) speed = t.walkSpeed;
  const walk = t.linkWalk[e];
  if (walk > 0) {
    if (t.streamAgent === a) t.rng.state = streamStart(t.roundKeys[0], a);
    t.streamAgent = -1;
    if (t.rng.next() < walk) speed = t.walkSpeed;
  }
  const rules = t.rules;
  if (rules !== undefined) speed = rules.legSpeed(a, speed);
  return speed;
}

/**
 * Agent `a` reaches the end of link `e` (or, if the link closed, its start), having moved
 * `movedToday` km today at `speed`; true when it has km left to chain another leg (they then
 * wait in distanceOnLink).
 */
function arrive(t: TravelDay, a: number, e: number, movedToday: number, speed: number): boolean {
  const rules = t.rules;
  // Only `places == 1` is ever read (start_on_foot).
  if (t.startOnFoot && t.places[a] < 255) t.places[a]++;
  if (rules !== undefined) rules.onLegEnd(a);
  t.linkAgents[e]--;
  takeOffLink(t.agents, a);
  t.progressOf[a] = 0;
  if (t.linkClosed[e] === 1) {
    const back = t.linkFrom[e];
    t.location[a] = back;
    t.present[back]++;
    finish(t, a, movedToday);
    return false;
  }
  const to = t.linkTo[e];
  t.location[a] = to;
  t.present[to]++;
  if (rules !== undefined && rules.arrivalAt[to] === 1 && rules.onArrival(t.s, a, to, t.day)) {
    finish(t, a, movedToday);
    return false;
  }
  if (movedToday < speed) {
    t.progressOf[a] = movedToday;
    return true;
  }
  finish(t, a, movedToday);
  return false;
}

/**
 * One call of Flee's finish_travel up to (not including) the chained decision; true when the
 * agent completed a leg with km left. Small, so that V8 inlines it where it is called.
 */
function advance(t: TravelDay, a: number, movedBefore: number): boolean {
  const e = t.link[a];
  const speed = legSpeed(t, a, e);
  const length = t.linkLength[e];
  const progress = t.progressOf[a] + speed;
  t.progressOf[a] = progress;
  if (progress <= length) {
    finishOnLink(t, a, movedBefore + speed);
    return false;
  }
  return arrive(t, a, e, movedBefore + speed + (length - progress), speed);
}

/**
 * The chained decision of agent `a` (moveDecision.ts: decide, then depart), drawing from its
 * stream under `key`; true when it stepped onto a link. Agents without a route are handled
 * inline (the common case), the others by `decide`. For an agent without a route, a forced town
 * move is a leave chance of 1, which draws nothing (as in `decide`), so the next draw picks the
 * route either way.
 */
function decideChained(t: TravelDay, a: number, key: number, movedToday: number): boolean {
  let state = streamStart(key, a);
  const l = t.location[a];
  // A forced town move (avoid_short_stints) only matters at a town: recent travel is read only there.
  const forced =
    t.avoidShortStints &&
    (t.flags[l] & LocationFlag.town) !== 0 &&
    (recentTravelAt(t.agents, a, t.day - 1) + movedToday / t.maxSpeed) / 2 < 0.5;
  if (t.routePath[a] >= 0) {
    t.rng.state = state;
    decide(t.s, a, forced, t.moveChance, t.rng);
    return t.link[a] >= 0;
  }
  const m = forced ? 1 : t.moveChance[l];
  if (m < 1) {
    state = (state + STREAM_STEP) | 0;
    if (mix32(state) * UNIFORM_SCALE >= m) return false;
  }
  state = (state + STREAM_STEP) | 0;
  if (!departWithoutRoute(t.s, a, l, mix32(state) * UNIFORM_SCALE, t.day)) return false;
  t.rng.state = state;
  return true;
}

/** The key of chained round `round` (round >= 1). */
function roundKey(t: TravelDay, round: number): number {
  const keys = t.roundKeys;
  while (keys.length <= round) keys.push(t.rng.dayKey(t.day, STREAM.chainedTravel + keys.length));
  return keys[round];
}

/**
 * Agent `a`, which has just completed a leg in round `round` (its km moved today waiting in
 * distanceOnLink), chains all its further legs of the day at once: valid when every census of
 * the remaining rounds would leave the route tables unchanged (occupancyStaysOne), since its
 * decisions then see the same tables and draw from the same per-round streams.
 */
function chainAll(t: TravelDay, a: number, round: number): void {
  const progressOf = t.progressOf;
  while (true) {
    round++;
    const movedToday = progressOf[a];
    progressOf[a] = 0;
    if (!decideChained(t, a, roundKey(t, round), movedToday)) {
      finish(t, a, movedToday);
      return;
    }
    if (!advance(t, a, movedToday)) return;
  }
}

/**
 * One round of chained legs: every agent of `chaining` decides under the round's `key` and, if
 * it leaves, advances one leg; those with km left go to `nextRound`. (A function of its own, so
 * that V8 inlines the steps into this loop within its budget.)
 */
function chainRound(t: TravelDay, chaining: AgentList, key: number, nextRound: AgentList): void {
  const progressOf = t.progressOf;
  nextRound.length = 0;
  for (let i = 0; i < chaining.length; i++) {
    const a = chaining.ids[i];
    const movedToday = progressOf[a];
    progressOf[a] = 0;
    if (!decideChained(t, a, key, movedToday)) finish(t, a, movedToday);
    else if (advance(t, a, movedToday)) append(nextRound, a);
  }
}

export function travel(s: SimulationState, day: number, moveChance: Float64Array, rng: CounterRandom): number {
  const rules = s.settings.move_rules;
  const agents = s.agents;
  const net = s.network;
  const t: TravelDay = {
    s,
    day,
    rng,
    moveChance,
    agents,
    link: agents.link,
    location: agents.location,
    progressOf: agents.distanceOnLink,
    places: agents.placesTravelled,
    routePath: agents.routePath,
    nextLeave: agents.nextLeaveDay,
    linkSpeed: net.linkSpeed,
    linkWalk: net.linkWalkProbability,
    linkLength: net.linkLength,
    linkClosed: net.linkClosed,
    linkFrom: net.linkFrom,
    linkTo: net.linkTo,
    linkAgents: net.linkAgents,
    present: s.locations.agents,
    flags: s.locations.flags,
    maxSpeed: rules.max_move_speed,
    walkSpeed: rules.max_walk_speed,
    startOnFoot: rules.start_on_foot,
    avoidShortStints: rules.avoid_short_stints,
    rules: s.stepRules,
    roundKeys: [rng.dayKey(day, STREAM.travel)],
    streamAgent: -1,
  };

  // Agents waiting to chain another leg; the km they moved today wait in their (free)
  // distanceOnLink column while they are at a location.
  let chaining = s.lists.chaining;
  let nextRound = s.lists.nextRound;
  chaining.length = 0;

  // Every agent on a link (still travelling from yesterday, or departed today) may arrive
  // somewhere today: the bound on arrivals at any one location.
  const travelled = agentsOnLinks(net);
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
      t.streamAgent = a;
      const chains = advance(t, a, 0);
      t.streamAgent = -1;
      if (!chains) continue;
      if (chainAtOnce) chainAll(t, a, 0);
      else append(chaining, a);
    }
  }
  if (chainAtOnce) return travelled;
  // A round runs while any partition has agents to chain (all partitions take every census).
  for (let round = 1; (pending = takeCensus(s, chaining.length)) > 0; round++) {
    beginPhase(s.routes, s.locations, rules);
    if (occupancyStaysOne(s.locations, rules, pending)) {
      // Only the agents chaining now can still arrive anywhere today.
      for (let i = 0; i < chaining.length; i++) chainAll(t, chaining.ids[i], round - 1);
      chaining.length = 0;
      break;
    }
    chainRound(t, chaining, roundKey(t, round), nextRound);
    [chaining, nextRound] = [nextRound, chaining];
  }
  s.lists.chaining = chaining;
  s.lists.nextRound = nextRound;
  return travelled;
}

/**
 * Day step 6.5d (flee-model.md): agents at a location decide whether and where to move.
 * Instead of one Bernoulli leave draw per day, an agent without a route draws once the day on
 * which its leave draw succeeds (a geometric waiting time; the distribution of leave days is the
 * same), and is passed over with one comparison until then: settled agents (camps, move chance
 * 0.001) cost almost nothing. The waiting time is drawn again whenever the agent moves, fails to
 * depart, or its location's move chance changes.
 */
import { STREAM_STEP, UNIFORM_SCALE, mix32, streamStart } from '../random.js';
import { STREAM } from '../streamPurposes.js';
import type { CounterRandom } from '../random.js';
import { append } from '../agentList.js';
import { takeCensus } from '../census.js';
import { CHUNK } from '../partition.js';
import { agentsDue } from '../chunkScans.js';
import { beginPhase, occupancyStaysOne } from '../routeChoice.js';
import type { SimulationState } from '../state.js';
import { depart, departWithoutRoute } from './moveDecision.js';
import { OUT_OF_PLAY } from '../state.js';

/**
 * Leave probability per location for the day (§7.2, with the optional population factor). Agents
 * at a location whose probability changed forget their drawn leave day, so that it is drawn again
 * with the new probability (exact, since waiting times of daily Bernoulli draws are memoryless).
 */
export function effectiveMoveChance(s: SimulationState, out: Float64Array): void {
  const loc = s.locations;
  const rules = s.settings.move_rules;
  let changedAt: Uint8Array | undefined;
  for (let l = 0; l < loc.count; l++) {
    let m = loc.moveChance[l];
    if (rules.movechance_pop_scale_factor !== 0) {
      m *= (Math.max(loc.population[l], loc.capacity[l]) / rules.movechance_pop_base) ** rules.movechance_pop_scale_factor;
    }
    if (out[l] !== m) {
      out[l] = m;
      changedAt ??= new Uint8Array(loc.count);
      changedAt[l] = 1;
    }
  }
  if (changedAt === undefined) return;
  const agents = s.agents;
  const { index, count } = s.partition;
  for (let start = index * CHUNK, n = agents.count; start < n; start += count * CHUNK) {
    for (let a = start, end = Math.min(start + CHUNK, n); a < end; a++) {
      if (agents.link[a] < 0 && changedAt[agents.location[a]] === 1 && agents.nextLeaveDay[a] !== OUT_OF_PLAY) agents.nextLeaveDay[a] = -1;
    }
  }
}

const NEVER = 0x3fffffff;

/**
 * Days until a daily Bernoulli(m) leave draw first succeeds, from one uniform u in [0, 1): a
 * geometric waiting time. It is 0 exactly when u < m, the outcome of a single day's draw.
 */
export function leaveDelay(u: number, m: number): number {
  if (u < m) return 0;
  if (!(m > 0)) return NEVER;
  const g = Math.floor(Math.log1p(-u) / Math.log1p(-m));
  return g < NEVER ? g : NEVER;
}

/**
 * The same waiting time drawn day by day from the stream, for likely leaves (m >= 0.05: a few
 * draws are cheaper than a logarithm); the first draw is `u`, as in leaveDelay.
 */
function leaveDelayByDraws(state: number, m: number): number {
  let days = 0;
  for (let draw = (state >>> 0) * UNIFORM_SCALE; draw >= m; draw = mix32(state) * UNIFORM_SCALE) {
    state = (state + STREAM_STEP) | 0;
    if (++days === 256) return days + leaveDelay(mix32(state) * UNIFORM_SCALE, m);
  }
  return days;
}

/** The leave delay drawn from the start `stream` of an agent's decision stream for the day. */
export function leaveDelayFrom(stream: number, m: number): number {
  return m >= 0.05 ? leaveDelayByDraws(stream, m) : leaveDelay((stream >>> 0) * UNIFORM_SCALE, m);
}

/**
 * Two passes, each on counts snapshotted at its start (one scan: the second pass works on the
 * list of agents the first deferred). Agents at capacity-limited locations
 * (camps) decide first; the counts are then taken again, so that departures from a full camp
 * reopen it to the agents deciding in the second pass, as they do in serial Flee, where departures
 * count at once and residents (created earlier) come first in the processing order. Without this,
 * agents waiting near a camp at its threshold are turned away by a count that is already one too
 * high (see docs/ODD.md, "Deliberate differences").
 */
export function decideMoves(s: SimulationState, day: number, moveChance: Float64Array, rng: CounterRandom): void {
  const rules = s.settings.move_rules;
  const agents = s.agents;
  const n = agents.count;
  const location = agents.location;
  const routePath = agents.routePath;
  const nextLeave = agents.nextLeaveDay;
  const capacity = s.locations.capacity;
  const key = rng.dayKey(day, STREAM.decision);
  const { index, count } = s.partition;
  const later = s.lists.deferred;
  later.length = 0;
  takeCensus(s);
  beginPhase(s.routes, s.locations, rules);
  // Departures only lower counts: when no capacity-limited location is in its throttling range,
  // the second census would leave every route table as it is, and one pass is the same as two.
  const onePass = occupancyStaysOne(s.locations, rules, 0);
  const due = s.lists.due;
  for (let start = index * CHUNK; start < n; start += count * CHUNK) {
    // A tight pass finds the chunk's agents due today (most are travelling or settled until a
    // later day); the decisions then visit only those, in the same id order.
    const dueCount = agentsDue(nextLeave, start, Math.min(start + CHUNK, n), day, due);
    for (let i = 0; i < dueCount; i++) {
      const a = due[i];
      const leaveDay = nextLeave[a];
      const l = location[a];
      const state = streamStart(key, a);
      const hasRoute = routePath[a] >= 0;
      if (leaveDay < 0 && !hasRoute) {
        // No leave day drawn yet: draw it; a committed route means leaving now (§7.2).
        const delay = leaveDelayFrom(state, moveChance[l]);
        if (delay > 0) {
          nextLeave[a] = day + delay;
          continue;
        }
      }
      if (onePass || capacity[l] > 0) {
        nextLeave[a] = -1;
        if (hasRoute) {
          rng.state = state;
          depart(s, a, rng);
          continue;
        }
        const u = mix32((state + STREAM_STEP) | 0) * UNIFORM_SCALE;
        departWithoutRoute(s, a, l, u, day);
      } else {
        append(later, a);
      }
    }
  }
  if (onePass) return;
  takeCensus(s);
  beginPhase(s.routes, s.locations, rules);
  for (let i = 0; i < later.length; i++) {
    const a = later.ids[i];
    rng.begin(key, a);
    nextLeave[a] = -1;
    depart(s, a, rng);
  }
}

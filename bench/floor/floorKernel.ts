/**
 * The tightest day loop we could write for one case of the model, used only to bound how fast the
 * engine can get on this machine (bench/floor/floor.ts): Flee's default move rules at awareness
 * level 1, no capacity limits, no border, no closures, move chances fixed through the run (the
 * synthetic networks of src/synthetic). In that case a day is: every agent due to decide draws
 * its leave day or leaves along a sampled link; every traveller advances, and one that arrives
 * with km left decides again at once (chained legs, rounds keyed as in travel.ts).
 *
 * It keeps only what this case needs: one loop per phase, no lists, no census, no recorder. It
 * draws the same numbers from the same streams as the engine, so it must end in the same state;
 * the benchmark checks that before it reports any speed. Not used by the engine.
 */
import { TRAVELLING } from '../../src/engine/agentTable.js';
import { effectiveMoveChance, leaveDelayFrom } from '../../src/engine/phases/decideMoves.js';
import { STREAM_STEP, UNIFORM_SCALE, mix32, streamStart } from '../../src/engine/random.js';
import { STREAM } from '../../src/engine/streamPurposes.js';
import { buildLocationTable } from '../../src/engine/routeChoice.js';
import type { SimulationState } from '../../src/engine/state.js';

/** Why the kernel cannot stand in for the engine on this state, or undefined when it can. */
export function floorUnsupported(s: SimulationState): string | undefined {
  const rules = s.settings.move_rules;
  if (s.border !== undefined) return 'a corridor scenario';
  if (s.partition.count !== 1) return 'a run split over threads';
  if (rules.awareness_level !== 1) return `awareness level ${rules.awareness_level}`;
  if (rules.start_on_foot || rules.avoid_short_stints) return 'start_on_foot or avoid_short_stints';
  if (rules.movechance_pop_scale_factor !== 0) return 'a population-dependent move chance';
  if (s.closures.length > 0 || s.locationChanges.length > 0) return 'closures or location changes';
  if (s.scenario.conflicts.locations.length > 0) return 'conflict-driven spawning';
  if (s.observed.daily.some((series) => series.some((v) => v !== 0))) return 'agents spawned from observed counts';
  for (let l = 0; l < s.locations.count; l++) if (s.locations.capacity[l] > 0) return 'a location with a capacity';
  const net = s.network;
  for (let e = 0; e < net.linkCount; e++) {
    if (net.linkWalkProbability[e] > 0 || !Number.isNaN(net.linkSpeed[e])) return 'a link with its own speed or walking probability';
  }
  return undefined;
}

/** Rounds of chained legs a day can have (a key each); more than any run of this case needs. */
export const FLOOR_ROUNDS = 64;

/**
 * What the kernel reads besides the state: every location's route table (fixed through the run in
 * this case) and move chance, and the stream keys of each day.
 */
export interface FloorInputs {
  readonly cumulative: Float64Array;
  readonly moveChance: Float64Array;
  /** decisionKeys[day]; roundKeys[day * FLOOR_ROUNDS + r] for chained round r >= 1. */
  readonly decisionKeys: Int32Array;
  readonly roundKeys: Int32Array;
}

export function prepareFloor(s: SimulationState): FloorInputs {
  const why = floorUnsupported(s);
  if (why !== undefined) throw new Error(`the floor kernel does not cover ${why}`);
  const routes = s.routes;
  const { candStart } = routes.candidates;
  for (let l = 0; l < s.locations.count; l++) if (candStart[l] < candStart[l + 1]) buildLocationTable(routes, l, s.settings.move_rules);
  const moveChance = new Float64Array(s.locations.count);
  effectiveMoveChance(s, moveChance);
  const decisionKeys = new Int32Array(s.days);
  const roundKeys = new Int32Array(s.days * FLOOR_ROUNDS);
  for (let day = 0; day < s.days; day++) {
    decisionKeys[day] = s.rng.dayKey(day, STREAM.decision);
    for (let r = 1; r < FLOOR_ROUNDS; r++) roundKeys[day * FLOOR_ROUNDS + r] = s.rng.dayKey(day, STREAM.chainedTravel + r);
  }
  return { cumulative: routes.cumulative, moveChance, decisionKeys, roundKeys };
}

/** The columns and tables the kernel's day loops read, as one flat record. */
interface FloorColumns {
  readonly location: Int32Array;
  readonly link: Int32Array;
  readonly progressOf: Float32Array;
  readonly nextLeave: Int32Array;
  readonly onLink: Uint32Array;
  readonly present: Int32Array;
  readonly linkAgents: Int32Array;
  readonly linkEntries: Float64Array;
  readonly linkLength: Float64Array;
  readonly linkTo: Int32Array;
  readonly candStart: Int32Array;
  readonly firstLink: Int32Array;
  readonly cumulative: Float64Array;
  readonly moveChance: Float64Array;
}

/** Agent `a` at `l` leaves along the link its uniform `u` picks (unless `l` has no links). */
function depart(c: FloorColumns, a: number, l: number, u: number): void {
  const cumulative = c.cumulative;
  const lo = c.candStart[l];
  const hi = c.candStart[l + 1] - 1;
  if (hi < lo) return;
  const target = u * cumulative[hi];
  let k = lo;
  while (k < hi && !(cumulative[k] > target)) k++;
  const e = c.firstLink[k];
  c.present[l]--;
  c.linkAgents[e]++;
  c.linkEntries[e]++;
  c.link[a] = e;
  c.onLink[a >>> 5] |= 1 << (a & 31);
  c.progressOf[a] = 0;
  c.nextLeave[a] = TRAVELLING;
}

/** The decisions of `day`: every agent due draws its leave day, or leaves. */
function decideDay(c: FloorColumns, n: number, day: number, decisionKey: number): void {
  const { nextLeave, location, moveChance } = c;
  for (let a = 0; a < n; a++) {
    const leaveDay = nextLeave[a];
    if (leaveDay > day) continue;
    const l = location[a];
    const stream = streamStart(decisionKey, a);
    if (leaveDay < 0) {
      const delay = leaveDelayFrom(stream, moveChance[l]);
      if (delay > 0) {
        nextLeave[a] = day + delay;
        continue;
      }
    }
    nextLeave[a] = -1;
    depart(c, a, l, mix32((stream + STREAM_STEP) | 0) * UNIFORM_SCALE);
  }
}

/** The travel of `day`: travellers advance, and chain legs while they have km left. */
function travelDay(c: FloorColumns, n: number, roundKeys: Int32Array, keys: number, maxSpeed: number): void {
  const { onLink, link, progressOf, linkLength, linkAgents, linkTo, location, present, nextLeave, moveChance } = c;
  for (let w = 0, words = (n + 31) >>> 5; w < words; w++) {
    let word = onLink[w];
    while (word !== 0) {
      const lowest = word & -word;
      word ^= lowest;
      const a = (w << 5) + 31 - Math.clz32(lowest);
      let movedToday = 0;
      for (let round = 1; round < FLOOR_ROUNDS; round++) {
        const e = link[a];
        const length = linkLength[e];
        const progress = progressOf[a] + maxSpeed;
        if (progress <= length) {
          progressOf[a] = progress;
          break;
        }
        movedToday += maxSpeed + (length - progress);
        linkAgents[e]--;
        link[a] = -1;
        onLink[a >>> 5] &= ~(1 << (a & 31));
        progressOf[a] = 0;
        const to = linkTo[e];
        location[a] = to;
        present[to]++;
        nextLeave[a] = -1;
        if (!(movedToday < maxSpeed)) break;
        let stream = streamStart(roundKeys[keys + round], a);
        const m = moveChance[to];
        if (m < 1) {
          stream = (stream + STREAM_STEP) | 0;
          if (mix32(stream) * UNIFORM_SCALE >= m) break;
        }
        stream = (stream + STREAM_STEP) | 0;
        depart(c, a, to, mix32(stream) * UNIFORM_SCALE);
        if (link[a] < 0) break;
      }
    }
  }
}

/**
 * Runs days `from`..`days`-1 on `s` (whose day `from` has not run); returns the agent-steps of
 * agents that moved. (Plain functions per day over a flat record: V8 ran the same loops 1.6 times
 * slower as closures inside one function spanning all days.)
 */
export function runFloorKernel(s: SimulationState, from: number, inputs: FloorInputs = prepareFloor(s)): number {
  const { agents, network: net } = s;
  const columns: FloorColumns = {
    location: agents.location,
    link: agents.link,
    progressOf: agents.distanceOnLink,
    nextLeave: agents.nextLeaveDay,
    onLink: agents.onLink,
    present: s.locations.agents,
    linkAgents: net.linkAgents,
    linkEntries: net.linkEntries,
    linkLength: net.linkLength,
    linkTo: net.linkTo,
    candStart: s.routes.candidates.candStart,
    firstLink: s.routes.candidates.firstLink,
    cumulative: inputs.cumulative,
    moveChance: inputs.moveChance,
  };
  const maxSpeed = s.settings.move_rules.max_move_speed;
  let moved = 0;
  for (let day = from; day < s.days; day++) {
    decideDay(columns, agents.count, day, inputs.decisionKeys[day]);
    for (let e = 0; e < net.linkCount; e++) moved += net.linkAgents[e];
    travelDay(columns, agents.count, inputs.roundKeys, day * FLOOR_ROUNDS, maxSpeed);
    s.day = day + 1;
  }
  return moved;
}

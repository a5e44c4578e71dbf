/**
 * Route choice (flee-model.md §7.4–7.5) as per-location tables built once per phase: the weight of
 * every candidate path from the location, turned into a cumulative distribution that each agent
 * samples with one uniform draw. Occupancy is read from the counts snapshotted at the start of the
 * phase (see design.md), so the result does not depend on agent order or thread count.
 */
import type { CandidateTable } from './candidatePaths.js';
import type { LocationState } from './locationState.js';
import { LocationFlag } from './locationState.js';
import { occupancyMultiplier } from './occupancy.js';
import type { MoveRules } from '../settings/types.js';

export interface RouteTables {
  candidates: CandidateTable;
  /** Per candidate: the distance part of the weight, 1 / (softening + L)^distance_power. */
  distanceFactor: Float64Array;
  /** Per candidate, with stay_close_to_home: 1 / max(1, km from origin to endpoint)^home_distance_power, a factor on the endpoint score. */
  homeFactor: Float64Array | undefined;
  /** Per candidate: cumulative weight within its location, valid when stamp[l] === phase. */
  readonly cumulative: Float64Array;
  readonly stamp: Int32Array;
  phase: number;
  /** Per location, for the current phase: (weight_softening + S_a) × C. */
  readonly endpointValue: Float64Array;
  /** Per location, for the current phase: S_a (score with the population factor) and C. */
  readonly endpointScore: Float64Array;
  readonly occupancy: Float64Array;
  /** Per location, for the current phase: camp flag set and C < 0.5 (full-camp rejection, §7.1). */
  readonly full: Uint8Array;
}

/** Great-circle km as Flee computes it, with x in the longitude role and y in the latitude role (§2.4, Q10). */
export function fleeHaversineKm(x1: number, y1: number, x2: number, y2: number): number {
  const rad = Math.PI / 180;
  const dLat = (y2 - y1) * rad;
  const dLon = (x2 - x1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(y1 * rad) * Math.cos(y2 * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

export function createRouteTables(candidates: CandidateTable, locations: LocationState, rules: MoveRules): RouteTables {
  const n = locations.count;
  return {
    candidates,
    distanceFactor: distanceFactors(candidates, rules),
    homeFactor: rules.stay_close_to_home ? homeFactors(candidates, locations, rules) : undefined,
    cumulative: new Float64Array(candidates.end.length),
    stamp: new Int32Array(n).fill(-1),
    phase: 0,
    endpointValue: new Float64Array(n),
    endpointScore: new Float64Array(n),
    occupancy: new Float64Array(n),
    full: new Uint8Array(n),
  };
}

function distanceFactors(c: CandidateTable, rules: MoveRules): Float64Array {
  const out = new Float64Array(c.end.length);
  for (let k = 0; k < out.length; k++) {
    const base = rules.softening + c.lengthKm[k];
    out[k] = rules.distance_power === 1 ? 1 / base : 1 / base ** rules.distance_power;
  }
  return out;
}

/** stay_close_to_home (§12.3 step 4): distance from the agent's current location (Q10). */
function homeFactors(c: CandidateTable, locations: LocationState, rules: MoveRules): Float64Array {
  const out = new Float64Array(c.end.length);
  for (let o = 0; o < locations.count; o++) {
    for (let k = c.candStart[o]; k < c.candStart[o + 1]; k++) {
      const v = c.end[k];
      const km = fleeHaversineKm(locations.x[o], locations.y[o], locations.x[v], locations.y[v]);
      out[k] = 1 / Math.max(1, km) ** rules.home_distance_power;
    }
  }
  return out;
}

/**
 * Starts a phase: computes C(l) and the endpoint values from the census (the counts all decisions
 * of this phase see; see census.ts). Cumulative tables built earlier stay valid when no endpoint
 * value changed (they are a function of these values only); otherwise every location's table is
 * invalidated.
 */
export function beginPhase(t: RouteTables, locations: LocationState, rules: MoveRules): void {
  const n = locations.count;
  const usePop = rules.use_pop_for_loc_weight;
  const capacity = locations.capacity;
  const census = locations.census;
  const score = locations.score;
  const flags = locations.flags;
  const population = locations.population;
  const endpointScore = t.endpointScore;
  const occupancy = t.occupancy;
  const endpointValue = t.endpointValue;
  const full = t.full;
  let changed = false;
  for (let l = 0; l < n; l++) {
    const c = occupancyMultiplier(capacity[l], census[l], rules.capacity_scaling, rules.capacity_buffer);
    let s = score[l];
    const camp = (flags[l] & LocationFlag.camp) !== 0;
    if (usePop && !camp) s *= Math.max(1, population[l]) ** rules.pop_power_for_loc_weight;
    const v = (rules.weight_softening + s) * c;
    const f = camp && c < 0.5 ? 1 : 0;
    if (!(endpointScore[l] === s && occupancy[l] === c && endpointValue[l] === v && full[l] === f)) {
      changed = true;
      endpointScore[l] = s;
      occupancy[l] = c;
      endpointValue[l] = v;
      full[l] = f;
    }
  }
  if (changed) t.phase++;
}

export function buildLocationTable(t: RouteTables, l: number, rules: MoveRules): void {
  const c = t.candidates;
  const from = c.candStart[l];
  const to = c.candStart[l + 1];
  const cum = t.cumulative;
  const power = rules.weight_power;
  let max = 0;
  const home = t.homeFactor;
  for (let k = from; k < to; k++) {
    const v = c.end[k];
    let w =
      home === undefined
        ? t.endpointValue[v] * t.distanceFactor[k]
        : (rules.weight_softening + t.endpointScore[v] * home[k]) * t.occupancy[v] * t.distanceFactor[k];
    if (power !== 1) w = w ** power;
    cum[k] = w;
    if (w > max) max = w;
  }
  if (rules.pruning_threshold > 1.001) {
    const floor = max / rules.pruning_threshold;
    for (let k = from; k < to; k++) if (cum[k] < floor) cum[k] = 0;
  }
  let total = 0;
  for (let k = from; k < to; k++) {
    total += cum[k];
    cum[k] = total;
  }
  if (total === 0) {
    // Q19: all weights zero -> every candidate equally likely.
    for (let k = from; k < to; k++) cum[k] = k - from + 1;
  }
  t.stamp[l] = t.phase;
}

/**
 * Picks a candidate from location `l` with uniform `u`; returns its index in the candidate table,
 * or -1 when the location has no candidates (no active links).
 */
export function chooseRoute(t: RouteTables, l: number, u: number, rules: MoveRules): number {
  const c = t.candidates;
  const lo = c.candStart[l];
  const hi = c.candStart[l + 1];
  if (lo === hi) return -1;
  if (t.stamp[l] !== t.phase) buildLocationTable(t, l, rules);
  return pickCandidate(t.cumulative, lo, hi - 1, u);
}

/**
 * The first candidate in lo..hi (inclusive, hi >= lo) whose cumulative weight exceeds
 * u × the total (cumulative[hi]). Few candidates: a linear scan, which finds the same index.
 */
export function pickCandidate(cumulative: Float64Array, lo: number, hi: number, u: number): number {
  const target = u * cumulative[hi];
  if (hi - lo < 8) {
    while (lo < hi && !(cumulative[lo] > target)) lo++;
    return lo;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Whether C(l) = 1 at every capacity-limited location for any census taken while at most `arrivals`
 * more agents than the current census are present anywhere (an upper bound on how many can arrive
 * at one location). Then no count change can alter an endpoint value or a full flag: every later
 * census of the phase leaves all route tables as they are.
 */
export function occupancyStaysOne(locations: LocationState, rules: MoveRules, arrivals: number): boolean {
  const capacity = locations.capacity;
  const census = locations.census;
  const scaling = rules.capacity_scaling;
  const buffer = rules.capacity_buffer;
  for (let l = 0, n = locations.count; l < n; l++) {
    const cap = capacity[l] * scaling;
    if (cap < 1) continue;
    if (!(census[l] + arrivals <= buffer * cap)) return false;
  }
  return true;
}

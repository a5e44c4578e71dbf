/**
 * The mutable state of every location during a run, as typed-array columns indexed by location,
 * and the state transitions of flee-model.md §4.2 (conflict on/off, camp closed/opened, type change).
 */
import type { LocationKind, LocationRow } from '../domain/scenario.js';
import type { MoveRules } from '../settings/types.js';
import { allocateColumns, defineColumns } from './columns.js';
import type { ColumnsOf } from './columns.js';

export const enum LocationFlag {
  camp = 1,
  idpcamp = 2,
  town = 4,
  forward = 8,
  marker = 16,
  floodZone = 32,
}

/** The per-location columns, declared once (allocation derives from this declaration: columns.ts). */
export const LOCATION_COLUMNS = defineColumns([
  { name: 'x', type: 'f64', default: 0 },
  { name: 'y', type: 'f64', default: 0 },
  { name: 'foreign', type: 'u8', default: 0 },
  { name: 'flags', type: 'u8', default: 0 },
  { name: 'moveChance', type: 'f64', default: 0 },
  /** Conflict intensity; <= 0 means "not a conflict zone". */
  { name: 'conflict', type: 'f64', default: -1 },
  { name: 'timeOfConflict', type: 'i32', default: -1 },
  /** Non-displaced population (integer, hasten-scaled). */
  { name: 'population', type: 'f64', default: 0 },
  /** Capacity K in hasten units, -1 for none (before capacity_scaling; §8.2). */
  { name: 'capacity', type: 'i32', default: -1 },
  /** `capacity_per_day` attribute (0 when absent). */
  { name: 'capacityPerDay', type: 'i32', default: 0 },
  /** Location score S(l, t) of the day (§8.1). */
  { name: 'score', type: 'f64', default: 1 },
  /** Agents present (not on links) that this partition owns, kept live. */
  { name: 'agents', type: 'i32', default: 0 },
  /** Agents present over all partitions, as of the last synchronisation (what route choice reads). */
  { name: 'census', type: 'i32', default: 0 },
]);

export interface LocationState extends Readonly<ColumnsOf<typeof LOCATION_COLUMNS>> {
  readonly count: number;
  readonly names: readonly string[];
  readonly countries: readonly string[];
}

/** Applies the type table of §4.2 to location `l` (flags and move chance; conflict intensity for conflict kinds). */
export function applyKind(s: LocationState, l: number, kind: LocationKind, rules: MoveRules, conflictIntensity: number): void {
  s.flags[l] = 0;
  s.conflict[l] = -1;
  switch (kind) {
    case 'camp':
      s.flags[l] = LocationFlag.camp;
      s.moveChance[l] = rules.camp_movechance;
      break;
    case 'idpcamp':
      s.flags[l] = LocationFlag.camp | LocationFlag.idpcamp;
      s.moveChance[l] = rules.idpcamp_movechance;
      break;
    case 'conflict_zone':
      s.moveChance[l] = rules.conflict_movechance;
      s.conflict[l] = conflictIntensity;
      break;
    case 'forwarding_hub':
      s.flags[l] = LocationFlag.forward;
      s.moveChance[l] = 1.0;
      break;
    case 'marker':
      s.flags[l] = LocationFlag.marker;
      s.moveChance[l] = 1.0;
      break;
    case 'flood_zone':
      s.flags[l] = LocationFlag.floodZone;
      s.moveChance[l] = rules.default_movechance;
      break;
    case 'town':
      s.flags[l] = LocationFlag.town;
      s.moveChance[l] = rules.default_movechance;
      break;
  }
}

/**
 * Location state at the start of a run. `moveChanceAt`, when a model gives one, sets each
 * location's move chance after the type table (a corridor scenario's per-kind move_chance).
 */
export function createLocationState(rows: readonly LocationRow[], rules: MoveRules, hasten: number, moveChanceAt?: (l: number) => number): LocationState {
  const n = rows.length;
  const c = allocateColumns(LOCATION_COLUMNS, n);
  // One object literal, so that every state has the same shape with all its fields in the object
  // itself (see agentTable.ts); a column missing here fails the type check.
  const s: LocationState = {
    count: n,
    names: rows.map((r) => r.name),
    countries: rows.map((r) => r.country),
    x: c.x,
    y: c.y,
    foreign: c.foreign,
    flags: c.flags,
    moveChance: c.moveChance,
    conflict: c.conflict,
    timeOfConflict: c.timeOfConflict,
    population: c.population,
    capacity: c.capacity,
    capacityPerDay: c.capacityPerDay,
    score: c.score,
    agents: c.agents,
    census: c.census,
  };
  rows.forEach((r, k) => {
    s.x[k] = r.x;
    s.y[k] = r.y;
    s.foreign[k] = r.foreign ? 1 : 0;
  });
  for (const r of rows) {
    const l = r.index;
    applyKind(s, l, r.kind, rules, r.conflictIntensity);
    const value = Math.trunc(r.populationOrCapacity / hasten);
    if (r.kind === 'camp' || r.kind === 'idpcamp') s.capacity[l] = value;
    else s.population[l] = value;
    const perDay = r.attributes.capacity_per_day;
    if (perDay !== undefined && perDay.trim() !== '') s.capacityPerDay[l] = Math.trunc(Number(perDay));
    // Q12: a non-camp location with a move chance below 0.005 silently becomes a camp (camp flag
    // set, town flag cleared; its move chance stays as it was).
    if (s.moveChance[l] < 0.005 && (s.flags[l] & (LocationFlag.camp | LocationFlag.floodZone)) === 0) {
      s.flags[l] = (s.flags[l] | LocationFlag.camp) & ~LocationFlag.town;
    }
  }
  if (moveChanceAt !== undefined) for (let l = 0; l < n; l++) s.moveChance[l] = moveChanceAt(l);
  return s;
}

export function isCamp(s: LocationState, l: number): boolean {
  return (s.flags[l] & LocationFlag.camp) !== 0;
}

/** Conflict starts (or restarts) at `l` on `day` with intensity `intensity`. */
export function activateConflict(s: LocationState, l: number, intensity: number, day: number, rules: MoveRules): void {
  s.moveChance[l] = rules.conflict_movechance;
  s.conflict[l] = intensity;
  s.flags[l] &= ~LocationFlag.town;
  s.timeOfConflict[l] = day;
}

/** Conflict ends at `l`: the location behaves as a town from now on, whatever else it is. */
export function deactivateConflict(s: LocationState, l: number, rules: MoveRules): void {
  s.moveChance[l] = rules.default_movechance;
  s.conflict[l] = -1;
  s.flags[l] |= LocationFlag.town;
}

/** A camp closes: it becomes a town; capacity, population and time of conflict are kept (Q23). */
export function closeCamp(s: LocationState, l: number, rules: MoveRules): void {
  s.moveChance[l] = rules.default_movechance;
  s.conflict[l] = -1;
  s.flags[l] = LocationFlag.town;
}

/** A camp (or IDP camp) opens again. */
export function openCamp(s: LocationState, l: number, idp: boolean, rules: MoveRules): void {
  s.conflict[l] = -1;
  if (idp) {
    s.moveChance[l] = rules.idpcamp_movechance;
    s.flags[l] = LocationFlag.camp | LocationFlag.idpcamp;
  } else {
    s.moveChance[l] = rules.camp_movechance;
    s.flags[l] = LocationFlag.camp | (s.flags[l] & LocationFlag.idpcamp);
  }
}

/**
 * The validated, immutable description of a Flee-layout scenario, as read from its files.
 *
 * Values are kept as the files give them (no hasten scaling, no settings applied): turning a
 * Scenario plus Settings into the engine's starting state is the job of `engine/simulation.ts` (createSimulation).
 * Every element remembers where it came from (`file`, `line`) so later stages can still name
 * the source of a problem.
 */

/** Where a value came from: a file (path relative to the scenario folder) and a 1-based line. */
import type { CorridorSpec } from './corridor.js';

export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

/** Location kinds of Flee's type table (flee-model.md §4.2), matched by substring in that order. */
export type LocationKind =
  | 'camp'
  | 'idpcamp'
  | 'conflict_zone'
  | 'forwarding_hub'
  | 'marker'
  | 'flood_zone'
  | 'town';

export interface LocationRow {
  readonly index: number;
  readonly name: string;
  readonly region: string; // empty -> "unknown"
  readonly country: string; // empty -> "unknown"
  readonly x: number; // empty -> 0
  readonly y: number; // empty -> 0
  /** Raw type text of the file, lower-cased. */
  readonly typeText: string;
  /**
   * Kind after the conflict_date rule of §2.4: a conflict row with conflict_date > 0 is a town.
   * Type text that matches none of the kinds is an input error (Flee only prints a message).
   */
  readonly kind: LocationKind;
  /** Column 7 as an integer, before hasten (0 when empty). Population or capacity per `kind`. */
  readonly populationOrCapacity: number;
  /** `conflict_intensity` attribute, or 1.0. */
  readonly conflictIntensity: number;
  /** country !== country of the first data row (§2.4, Q22). */
  readonly foreign: boolean;
  /** Custom columns 8.. keyed by the `#` header names. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly source: SourceRef;
}

export interface RouteRow {
  readonly from: number; // location index
  readonly to: number; // location index
  readonly distanceKm: number;
  /** 0: plain pair; 1: flagged pair plus a duplicate plain pair (Q17); 2: reverse direction flagged. */
  readonly forcedRedirection: 0 | 1 | 2;
  /** Link attribute `max_move_speed` (km/day), if the row gives one. */
  readonly maxMoveSpeed: number | undefined;
  /** Link attribute `walk_probability`, default 0. */
  readonly walkProbability: number;
  readonly source: SourceRef;
}

export type ClosureType =
  | 'country'
  | 'location'
  | 'link'
  | 'camp'
  | 'idpcamp'
  | 'remove_forced_redirection';

export interface ClosureRow {
  readonly type: ClosureType;
  readonly name1: string;
  readonly name2: string;
  readonly startDay: number;
  readonly endDay: number; // -1: never reopens
  readonly source: SourceRef;
}

/** conflicts.csv: intensity per day (row position) for each named location. */
export interface ConflictTable {
  /** Location indices, in header order (names that are not locations are dropped with a warning). */
  readonly locations: readonly number[];
  /** intensity[k][t] for locations[k] on day t; at least `days` entries each. */
  readonly intensity: readonly Float64Array[];
}

export interface SeriesPoint {
  readonly day: number; // offset from the start date, may be negative
  readonly count: number; // integer as read
}

export interface SeriesFile {
  readonly file: string; // relative to the scenario folder
  readonly points: readonly SeriesPoint[]; // sorted by day
}

/** One row of source_data/data_layout.csv. Row 0 is the national total. */
export interface ObservedSeries {
  readonly name: string;
  /** Location index when the name is a location, else -1. */
  readonly location: number;
  readonly files: readonly SeriesFile[];
  readonly source: SourceRef;
}

export interface RegistrationCorrection {
  readonly series: number; // index into Scenario.series
  readonly day: number; // offset from the start date (rows before the start are dropped)
  readonly source: SourceRef;
}

export interface LocationChange {
  readonly location: number;
  readonly newTypeText: string;
  /** Kind of `newTypeText` by the §4.2 table (a conflict type is always `conflict_zone` here). */
  readonly newKind: LocationKind;
  readonly day: number;
  readonly source: SourceRef;
}

export interface Warning {
  readonly message: string;
  readonly source?: SourceRef;
}

export interface Scenario {
  readonly name: string;
  /** Absolute path of the folder it was read from. */
  readonly dir: string;
  /** ISO date (YYYY-MM-DD) of day 0. */
  readonly startDate: string;
  /** `Length` of sim_period.csv. */
  readonly days: number;
  readonly locations: readonly LocationRow[];
  readonly routes: readonly RouteRow[];
  readonly closures: readonly ClosureRow[];
  readonly conflicts: ConflictTable;
  readonly series: readonly ObservedSeries[];
  readonly corrections: readonly RegistrationCorrection[];
  readonly locationChanges: readonly LocationChange[];
  /** Names of demographics_<attr>.csv files present (labels only under the supported rules). */
  readonly demographics: readonly string[];
  /**
   * People present at given locations before day 0 (Flee's agents.csv, start-up step 4; also how
   * synthetic benchmark networks are populated). Absent or empty for Flee's own scenarios.
   */
  readonly initialAgents?: readonly { readonly location: number; readonly count: number }[];
  /** Non-fatal observations made while reading (e.g. a conflicts.csv name that is no location). */
  readonly warnings: readonly Warning[];
  /** The corridor extension (border crossings, policies, arrivals), for scenario.yml folders. */
  readonly corridor?: CorridorSpec;
  /**
   * Absolute paths of the files the reader read that may lie outside `dir` (a corridor scenario.yml
   * names its CSVs under `files:`, which may be `../` paths; a Flee data_layout.csv names its
   * series files). Files inside `dir` are covered anyway: the run id hashes the whole folder.
   * Absent for scenarios that were not read from files.
   */
  readonly inputFiles?: readonly string[];
}

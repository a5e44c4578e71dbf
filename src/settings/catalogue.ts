/**
 * Every settings key Flee knows (flee-model.md §3), with its default, the values it accepts and
 * what corridor does with it:
 * - `implemented`: read into Settings and used by the engine;
 * - `inert`: accepted, but it does not change results (Flee ignores it too, or it only labels/logs);
 * - `unsupported`: Flee implements it, corridor does not yet. Accepted only at Flee's default value.
 */

import { MAX_DISTANCE_KM, MAX_PEOPLE_COUNT } from '../domain/inputRanges.js';

export type SettingStatus = 'implemented' | 'inert' | 'unsupported';

/** A settings value as YAML gives it; `null` stands for "absent". */
export type SettingValue = number | boolean | string | readonly unknown[] | null;

export type ValueRule =
  | { readonly kind: 'number'; readonly min?: number; readonly minExclusive?: boolean; readonly max?: number }
  | { readonly kind: 'integer'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'numberOrBoolean' }
  | { readonly kind: 'string'; readonly oneOf?: readonly string[] }
  | { readonly kind: 'numberList'; readonly min?: number }
  | { readonly kind: 'list' }
  /** A subsection whose keys are catalogued too. */
  | { readonly kind: 'section' }
  /** A subsection corridor does not read key by key (all of it is unsupported). */
  | { readonly kind: 'opaqueSection' };

export interface SettingEntry {
  /** Dotted YAML path, e.g. `move_rules.max_move_speed`; top-level keys have no dot. */
  readonly path: string;
  readonly rule: ValueRule;
  readonly default: SettingValue;
  readonly status: SettingStatus;
  readonly note: string;
}

/** The top-level sections (mappings) of simsetting.yml. */
export const SECTIONS = ['log_levels', 'spawn_rules', 'move_rules', 'optimisations'] as const;

/** Speeds (km/day) and lengths (km): at most the Earth's circumference. */
const kilometres: ValueRule = { kind: 'number', min: 0, max: MAX_DISTANCE_KM };
const probability: ValueRule = { kind: 'number', min: 0, max: 1 };
/** Exponents: far beyond any sensible value at either end (a typing slip such as 1e308 is refused). */
const anyNumber: ValueRule = { kind: 'number', min: -100, max: 100 };
/** Weights, factors and counts without a natural bound: at most a million. */
const weight: ValueRule = { kind: 'number', min: 0, max: 1_000_000 };
const positiveWeight: ValueRule = { kind: 'number', min: 0, minExclusive: true, max: 1_000_000 };
const bool: ValueRule = { kind: 'boolean' };
const logLevel: ValueRule = { kind: 'integer', min: 0, max: 100 };

function entry(path: string, rule: ValueRule, def: SettingValue, status: SettingStatus, note: string): SettingEntry {
  return { path, rule, default: def, status, note };
}

const DEMOGRAPHIC_RULES = [
  'ChildrenAvoidHazards',
  'BoysTakeRisk',
  'ElderlyAvoidHazards',
  'WomenAvoidHazards',
  'MatchCampReligion',
  'MatchCampEthnicity',
  'MatchTownEthnicity',
  'MatchConflictEthnicity',
];

export const CATALOGUE: readonly SettingEntry[] = [
  // move_rules (§3.1)
  entry('move_rules.max_move_speed', kilometres, 360, 'implemented', 'km/day on links; normaliser of recent travel distance'),
  entry('move_rules.max_walk_speed', kilometres, 35, 'implemented', 'km/day on foot (start_on_foot, walk_probability links)'),
  entry('move_rules.max_crossing_speed', kilometres, 20, 'inert', 'unused in the model'),
  entry('move_rules.foreign_weight', weight, 1, 'implemented', 'score factor of foreign locations'),
  entry('move_rules.camp_weight', weight, 1, 'implemented', 'score factor of camps'),
  entry('move_rules.conflict_weight', weight, 1 / Math.sqrt(10), 'implemented', 'base of the conflict penalty (default 1/sqrt(10))'),
  entry('move_rules.conflict_movechance', probability, 1, 'implemented', 'leave probability in conflict zones'),
  entry('move_rules.camp_movechance', probability, 0.001, 'implemented', 'leave probability in camps'),
  entry('move_rules.idpcamp_movechance', probability, 0.1, 'implemented', 'leave probability in IDP camps'),
  entry('move_rules.default_movechance', probability, 0.3, 'implemented', 'leave probability in towns'),
  entry('move_rules.awareness_level', { kind: 'integer', min: 1, max: 1000 }, 1, 'implemented', 'max hops of candidate paths; 0 is refused (Q4); a run also refuses a level whose candidate paths exceed 20 million on its network'),
  entry('move_rules.capacity_buffer', { kind: 'number', min: 0, minExclusive: true, max: 1 }, 0.9, 'implemented', 'occupancy fraction where throttling starts, in (0, 1]'),
  entry('move_rules.capacity_scaling', positiveWeight, 1, 'implemented', 'multiplier on camp capacities'),
  entry('move_rules.softening', kilometres, 10, 'implemented', 'km added to every path length'),
  entry('move_rules.weight_softening', weight, 0, 'implemented', 'added to the endpoint score'),
  entry('move_rules.weight_power', anyNumber, 1, 'implemented', 'exponent on the path weight'),
  entry('move_rules.distance_power', anyNumber, 1, 'implemented', 'exponent on (softening + path length)'),
  entry('move_rules.pruning_threshold', weight, 1, 'implemented', 'above 1.001, drop candidates below max/threshold'),
  entry('move_rules.avoid_short_stints', bool, false, 'implemented', 'keep moving from towns after short legs'),
  entry('move_rules.start_on_foot', bool, false, 'implemented', 'first link at walking speed'),
  entry('move_rules.stay_close_to_home', bool, false, 'implemented', 'endpoint factor by great-circle distance (Q10)'),
  entry('move_rules.home_distance_power', anyNumber, 0.5, 'implemented', 'exponent of stay_close_to_home'),
  entry('move_rules.use_pop_for_loc_weight', bool, false, 'implemented', 'weight non-camp endpoints by population'),
  entry('move_rules.pop_power_for_loc_weight', anyNumber, 0.1, 'implemented', 'exponent of use_pop_for_loc_weight'),
  entry('move_rules.movechance_pop_base', positiveWeight, 10000, 'implemented', 'population base of the move chance factor'),
  entry('move_rules.movechance_pop_scale_factor', anyNumber, 0, 'implemented', 'exponent of the move chance factor (0 disables)'),
  entry('move_rules.use_v1_rules', bool, false, 'implemented', 'forces max_move_speed 200, start_on_foot and avoid_short_stints false, camp_weight 2, conflict_weight 0.25'),
  entry('move_rules.fixed_routes', bool, false, 'unsupported', 'location-level route tables (§12.4)'),
  entry('move_rules.two_system_decision_making', { kind: 'numberOrBoolean' }, false, 'inert', 'can never turn on in Flee (Q8)'),
  entry('move_rules.use_economic_pull', bool, false, 'unsupported', 'foreign score x (1 + trade_volume + hdi^2)'),
  entry('move_rules.harvest_months', { kind: 'list' }, [], 'unsupported', 'farming/harvest behaviour (§12.6)'),
  entry('move_rules.flee_when_starving', bool, false, 'unsupported', 'food rule (§12.2)'),
  entry('move_rules.avoid_food_deprived_locations', bool, false, 'unsupported', 'food rule (§12.2)'),
  ...DEMOGRAPHIC_RULES.map((k) => entry(`move_rules.${k}`, bool, false, 'unsupported', 'demographic endpoint modifier (§12.3)')),
  entry('move_rules.avg_religion_fraction', positiveWeight, 0.25, 'inert', 'only used by MatchCampReligion'),
  entry('move_rules.flood_rules', { kind: 'opaqueSection' }, null, 'unsupported', 'DFlee flood rules subsection (§12.1)'),

  // spawn_rules (§3.2)
  entry('spawn_rules.take_from_population', bool, false, 'implemented', 'spawned agents leave their location population'),
  entry('spawn_rules.insert_day0', bool, true, 'implemented', 'pre-fill camps with day-0 observed counts'),
  entry('spawn_rules.empty_camps_on_day0', bool, false, 'implemented', 'camps start empty; series shifted by day-0 value'),
  entry('spawn_rules.conflict_zone_spawning_only', bool, true, 'implemented', 'spawn only in conflict zones'),
  entry('spawn_rules.flood_zone_spawning_only', bool, false, 'unsupported', 'DFlee; cannot be true together with conflict_zone_spawning_only'),
  entry('spawn_rules.camps_are_sicks', bool, false, 'unsupported', 'camps_are_sinks, read by Flee from this misspelled key (Q7)'),
  entry('spawn_rules.read_from_agents_csv_file', bool, false, 'unsupported', 'load agents.csv'),
  entry('spawn_rules.sum_from_camps', bool, true, 'implemented', 'daily total from the camp series (true) or the total series (false)'),
  entry('spawn_rules.starvation_driven_spawning', bool, false, 'unsupported', 'spawn weight + pop x IPC/100'),
  entry('spawn_rules.conflict_spawn_decay', { kind: 'numberList', min: 0 }, null, 'implemented', 'multipliers by months since conflict; absent = no decay'),
  entry('spawn_rules.conflict_spawn_decay_interval', positiveWeight, 30, 'implemented', 'days per conflict_spawn_decay element'),
  entry('spawn_rules.conflict_driven_spawning', { kind: 'section' }, null, 'implemented', 'subsection: data-free spawning'),
  entry('spawn_rules.conflict_driven_spawning.spawn_mode', { kind: 'string', oneOf: ['constant', 'pop_ratio', 'poisson'] }, 'constant', 'implemented', 'constant, pop_ratio or poisson (case-insensitive)'),
  entry('spawn_rules.conflict_driven_spawning.displaced_per_conflict_day', { kind: 'number', min: 0, max: 100_000 }, 500, 'implemented', 'default 500, or 0.01 with pop_ratio'),
  entry('spawn_rules.average_social_connectivity', weight, 3, 'inert', 'mean of an agent label with no effect (Q8)'),
  entry('spawn_rules.flood_driven_spawn_mode', { kind: 'opaqueSection' }, null, 'unsupported', 'DFlee flood spawning subsection'),

  // log_levels, optimisations, top level (§3.3)
  entry('log_levels.agent', logLevel, 0, 'inert', 'agents.out log; no model effect'),
  entry('log_levels.link', logLevel, 0, 'inert', 'links.out log; no model effect'),
  entry('log_levels.camp', logLevel, 0, 'inert', 'diagnostics only'),
  entry('log_levels.init', logLevel, 0, 'inert', 'diagnostics only'),
  entry('log_levels.conflict', logLevel, 0, 'inert', 'diagnostics only'),
  entry('log_levels.idp_totals', logLevel, 0, 'implemented', '>= 1 adds a total IDPs column to out.csv'),
  entry('log_levels.granularity', { kind: 'string', oneOf: ['location', 'region'] }, 'location', 'inert', 'location or region, for the logs'),
  entry('optimisations.hasten', { kind: 'integer', min: 1, max: MAX_PEOPLE_COUNT }, 1, 'implemented', 'divides populations, capacities and observed counts'),
  entry('number_of_steps', { kind: 'integer' }, null, 'inert', 'overridden by the run length'),
  entry('conflict_input_file', { kind: 'string' }, null, 'inert', 'conflicts.csv of the scenario is always used'),
  entry('flood_level_input_file', { kind: 'string' }, null, 'inert', 'DFlee input; ignored'),
  entry('default_conflict_intensity', anyNumber, 1, 'implemented', 'intensity (cast to int) of conflicts set by location_changes.csv'),
];

export const CATALOGUE_BY_PATH: ReadonlyMap<string, SettingEntry> = new Map(CATALOGUE.map((e) => [e.path, e]));

/** Parent path of a dotted path ('' for top level). */
export function parentPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

/** Keys allowed directly under a section path ('' = top level). */
export function keysUnder(section: string): string[] {
  const keys = CATALOGUE.filter((e) => parentPath(e.path) === section).map((e) => e.path.slice(section === '' ? 0 : section.length + 1));
  return section === '' ? [...SECTIONS, ...keys] : keys;
}

/** True when `path` is a mapping whose keys are catalogued (a top-level section or a `section` entry). */
export function isSectionPath(path: string): boolean {
  return (SECTIONS as readonly string[]).includes(path) || CATALOGUE_BY_PATH.get(path)?.rule.kind === 'section';
}

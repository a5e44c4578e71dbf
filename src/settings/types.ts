/**
 * Simulation settings: the keys of Flee's simsetting.yml (flee-model.md §3), with Flee's names
 * and defaults. A Settings value is validated and complete (every default filled in); it is
 * passed to the engine explicitly and never read from a global.
 */
export interface MoveRules {
  readonly max_move_speed: number;
  readonly max_walk_speed: number;
  /** Accepted, no effect in the model (§3.1). */
  readonly max_crossing_speed: number;
  readonly foreign_weight: number;
  readonly camp_weight: number;
  readonly conflict_weight: number;
  readonly conflict_movechance: number;
  readonly camp_movechance: number;
  readonly idpcamp_movechance: number;
  readonly default_movechance: number;
  readonly awareness_level: number;
  readonly capacity_buffer: number;
  readonly capacity_scaling: number;
  readonly softening: number;
  readonly weight_softening: number;
  readonly weight_power: number;
  readonly distance_power: number;
  readonly pruning_threshold: number;
  readonly avoid_short_stints: boolean;
  readonly start_on_foot: boolean;
  readonly stay_close_to_home: boolean;
  readonly home_distance_power: number;
  readonly use_pop_for_loc_weight: boolean;
  readonly pop_power_for_loc_weight: number;
  readonly movechance_pop_base: number;
  readonly movechance_pop_scale_factor: number;
  readonly use_v1_rules: boolean;
}

export type ConflictSpawnMode = 'constant' | 'pop_ratio' | 'poisson';

export interface ConflictDrivenSpawning {
  readonly spawn_mode: ConflictSpawnMode;
  readonly displaced_per_conflict_day: number;
}

export interface SpawnRules {
  readonly take_from_population: boolean;
  readonly insert_day0: boolean;
  readonly empty_camps_on_day0: boolean;
  readonly conflict_zone_spawning_only: boolean;
  readonly sum_from_camps: boolean;
  /** Empty array = no decay. */
  readonly conflict_spawn_decay: readonly number[];
  readonly conflict_spawn_decay_interval: number;
  /** Present only when the `conflict_driven_spawning:` subsection is given. */
  readonly conflict_driven_spawning: ConflictDrivenSpawning | undefined;
  /** Accepted, no effect (a label per agent, Q8). */
  readonly average_social_connectivity: number;
}

export interface LogLevels {
  readonly agent: number;
  readonly link: number;
  readonly camp: number;
  readonly init: number;
  readonly conflict: number;
  readonly idp_totals: number;
  readonly granularity: string;
}

export interface Optimisations {
  readonly hasten: number;
}

export interface Settings {
  readonly move_rules: MoveRules;
  readonly spawn_rules: SpawnRules;
  readonly log_levels: LogLevels;
  readonly optimisations: Optimisations;
  /** Top-level `default_conflict_intensity` (used by location_changes.csv conflict types). */
  readonly default_conflict_intensity: number;
}

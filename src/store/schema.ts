/**
 * The tables of the results store. Every per-day table is keyed by (run_id, "day"); `day` is a
 * keyword in DuckDB, so queries must quote it. Matrices of the RunRecord become long tables (one
 * row per day and camp, location, link or crossing), which is what SQL and Parquet readers want.
 */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'TIMESTAMP' | 'INTEGER[]' | 'BLOB';

export type Column = readonly [name: string, type: ColumnType];

export const STORE_TABLES = {
  /** One row per stored run. */
  runs: [
    ['run_id', 'VARCHAR'],
    ['scenario', 'VARCHAR'],
    ['scenario_path', 'VARCHAR'],
    ['scenario_hash', 'VARCHAR'],
    ['settings', 'VARCHAR'],
    ['settings_hash', 'VARCHAR'],
    ['params', 'VARCHAR'],
    ['scenario_edits', 'VARCHAR'],
    ['seed', 'BIGINT'],
    ['replica', 'INTEGER'],
    ['days', 'INTEGER'],
    ['start_date', 'DATE'],
    ['code_version', 'VARCHAR'],
    ['host', 'VARCHAR'],
    /** The ensemble that first stored the run (null for corridor run); every ensemble it belongs to is in ensemble_members. */
    ['ensemble_id', 'VARCHAR'],
    ['started_at', 'TIMESTAMP'],
    ['stored_at', 'TIMESTAMP'],
    ['wall_s', 'DOUBLE'],
    ['agents_final', 'DOUBLE'],
    ['agent_steps', 'BIGINT'],
    ['moved_agent_steps', 'BIGINT'],
    ['ard', 'DOUBLE'],
    ['ard_rescaled', 'DOUBLE'],
    ['warnings', 'VARCHAR'],
    /** The border-policy ledger's summary (detections versus persons, reception), JSON; null without a ledger. */
    ['ledger_summary', 'VARCHAR'],
  ],
  /** Whole-run daily totals (the non-camp columns of out.csv). */
  run_days: [
    ['run_id', 'VARCHAR'],
    ['day', 'INTEGER'],
    ['total_agents', 'DOUBLE'],
    ['raw_count', 'DOUBLE'],
    ['debt', 'DOUBLE'],
    ['idp_total', 'INTEGER'],
  ],
  /** Simulated and observed count per camp and day. */
  camp_days: [
    ['run_id', 'VARCHAR'],
    ['day', 'INTEGER'],
    ['camp', 'VARCHAR'],
    ['sim', 'INTEGER'],
    ['data', 'INTEGER'],
  ],
  /** Locations of the network (when the run recorded the whole network). */
  locations: [
    ['run_id', 'VARCHAR'],
    ['location', 'VARCHAR'],
    ['kind', 'VARCHAR'],
    ['latitude', 'DOUBLE'],
    ['longitude', 'DOUBLE'],
  ],
  /** Agents present per location and day. */
  location_days: [
    ['run_id', 'VARCHAR'],
    ['day', 'INTEGER'],
    ['location', 'VARCHAR'],
    ['present', 'INTEGER'],
  ],
  /**
   * location_days again, one row per location: its whole series (present[d] = agents present on
   * day d) and its peak, sorted by run and location, so one location's series is read from one
   * small row group (derivedTables.ts). Partitions stored before it existed have none.
   */
  location_series: [
    ['run_id', 'VARCHAR'],
    ['location', 'VARCHAR'],
    ['peak', 'INTEGER'],
    ['present', 'INTEGER[]'],
  ],
  /** Agents that started along each link per day (either direction). */
  link_days: [
    ['run_id', 'VARCHAR'],
    ['day', 'INTEGER'],
    ['link', 'INTEGER'],
    ['from_location', 'VARCHAR'],
    ['to_location', 'VARCHAR'],
    ['flow', 'INTEGER'],
  ],
  /** Border-policy ledger: attempts, detections and crossings per directional crossing and day. */
  crossing_days: [
    ['run_id', 'VARCHAR'],
    ['day', 'INTEGER'],
    ['crossing', 'VARCHAR'],
    ['attempts', 'INTEGER'],
    ['detections', 'INTEGER'],
    ['crossed', 'INTEGER'],
  ],
  /** Border-policy ledger: persons per state at the end of each day. */
  state_days: [
    ['run_id', 'VARCHAR'],
    ['day', 'INTEGER'],
    ['at_location', 'INTEGER'],
    ['on_link', 'INTEGER'],
    ['in_transfer', 'INTEGER'],
    ['in_detention', 'INTEGER'],
    ['arrived', 'INTEGER'],
    ['removed', 'INTEGER'],
  ],
  /** Border-policy ledger: registrations and registered persons present, per location and day (locations with any). */
  registration_days: [
    ['run_id', 'VARCHAR'],
    ['day', 'INTEGER'],
    ['location', 'VARCHAR'],
    ['registrations', 'INTEGER'],
    ['occupancy', 'INTEGER'],
  ],
  /** Border-policy ledger: one row per apprehension (detection) event. */
  apprehensions: [
    ['run_id', 'VARCHAR'],
    ['day', 'INTEGER'],
    ['person', 'INTEGER'],
    ['crossing', 'VARCHAR'],
    ['outcome', 'VARCHAR'],
  ],
  /**
   * Ensemble membership: one row per (ensemble, run). A run belongs to every ensemble that wanted
   * it, also when an earlier ensemble or corridor run had stored it (store format 2).
   */
  ensemble_members: [
    ['ensemble_id', 'VARCHAR'],
    ['run_id', 'VARCHAR'],
  ],
  /**
   * The files each run's scenario read (its folder's files and any read from outside it, which
   * include the observed series), by name relative to the scenario folder (`../` outside it) and
   * SHA-256 of the bytes (store format 2).
   */
  run_inputs: [
    ['run_id', 'VARCHAR'],
    ['name', 'VARCHAR'],
    ['hash', 'VARCHAR'],
    ['size', 'BIGINT'],
  ],
  /** The bytes of every input file, once per distinct content across the store (store format 2). */
  input_files: [
    ['hash', 'VARCHAR'],
    ['content', 'BLOB'],
  ],
} as const satisfies Record<string, readonly Column[]>;

export type TableName = keyof typeof STORE_TABLES;

export const TABLE_NAMES = Object.keys(STORE_TABLES) as TableName[];

/** The tables with a run_id column (all but input_files, which is keyed by content). */
export const RUN_TABLE_NAMES = TABLE_NAMES.filter((t) => STORE_TABLES[t].some(([name]) => name === 'run_id'));

/** A double-quoted SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A single-quoted SQL string literal. */
export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export function createTableSql(table: TableName): string {
  const cols = STORE_TABLES[table].map(([name, type]) => `${quoteIdent(name)} ${type}`).join(', ');
  return `CREATE TABLE ${quoteIdent(table)} (${cols})`;
}

/**
 * Tables the writer derives in SQL from the tables it appended, just before a partition's Parquet
 * files are written: other layouts of the same numbers, for the queries the appended layout makes
 * slow. location_days is day-major (a day window reads a few row groups); the chart of one location
 * over every day would scan them all, so location_series holds each location's series in one row.
 */
import type { TableName } from './schema.js';

export const DERIVED_TABLES = {
  location_series: {
    sql: `INSERT INTO location_series
          SELECT run_id, location, max(present)::INTEGER, list(present ORDER BY "day")
          FROM location_days GROUP BY run_id, location ORDER BY run_id, location`,
    /** Small row groups: a lookup by (run, location) reads one, found by the Parquet statistics. */
    rowGroupSize: 2048,
  },
} as const satisfies Partial<Record<TableName, { sql: string; rowGroupSize: number }>>;

export type DerivedTableName = keyof typeof DERIVED_TABLES;

/** The tables a run's rows are appended to. */
export type AppendedTableName = Exclude<TableName, DerivedTableName>;

export function isDerivedTable(table: TableName): table is DerivedTableName {
  return table in DERIVED_TABLES;
}

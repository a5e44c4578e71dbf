/**
 * Read-only access to the store: an in-memory DuckDB whose tables are views over the committed
 * partitions' Parquet files. Nothing holds a lock on the store, so readers and a writer never
 * block each other. Only SELECT-like statements run, and file access outside the store's parts/
 * folder is switched off (and locked), so a query can neither change the store nor write files.
 * A reader sees the partitions present when each query runs; open one per request in a server.
 */
import { DuckDBTypeId, StatementType } from '@duckdb/node-api';
import type { DuckDBExtractedStatements, DuckDBMaterializedResult, DuckDBValue } from '@duckdb/node-api';
import { duckdbMessage, openMemoryDb } from './duckdb.js';
import { copyInt32Column } from './int32Chunks.js';
import { createTableSql, quoteIdent, quoteLiteral, TABLE_NAMES } from './schema.js';
import { listPartitions, STORE_FORMAT, storeExists, storeLayout, storeVersion, tableHasFiles, tableScan } from './storeLayout.js';
import type { StoreLayout } from './storeLayout.js';
import { migrateStore } from './storeMigration.js';
import { InputError } from '../errors.js';

export type Cell = string | number | boolean | null | readonly unknown[] | { readonly [key: string]: unknown };

export interface QueryResult {
  readonly columns: readonly string[];
  /** JSON-ready values: big integers and dates come back as strings. */
  readonly rows: readonly (readonly Cell[])[];
}

export interface Int32Columns {
  readonly columns: readonly string[];
  readonly data: readonly Int32Array[];
}

export interface StoreReader {
  readonly dir: string;
  /** Whether any run has been committed when the reader was opened. */
  readonly empty: boolean;
  query(sql: string, values?: readonly DuckDBValue[]): Promise<QueryResult>;
  /**
   * The same for a query whose columns are all INTEGER (cast with ::INTEGER), returned as one
   * Int32Array per column: no conversion per value, for numeric analysis of many runs.
   */
  int32Columns(sql: string, values?: readonly DuckDBValue[]): Promise<Int32Columns>;
  close(): void;
}

const READ_ONLY_TYPES = new Set<StatementType>([StatementType.SELECT, StatementType.EXPLAIN]);

export async function openStoreReader(dir: string): Promise<StoreReader> {
  const layout = storeLayout(dir);
  const exists = storeExists(layout);
  if (exists) await upgrade(layout);
  const empty = !exists || listPartitions(layout).length === 0;
  const db = await openMemoryDb(2);
  const c = db.connection;
  try {
    for (const t of TABLE_NAMES) {
      if (empty || !tableHasFiles(layout, t)) await c.run(createTableSql(t));
      else {
        await c.run(`CREATE VIEW ${quoteIdent(t)} AS SELECT *${t === 'runs' ? SCENARIO_PATH_SHOWN : ''} FROM ${tableScan(layout, t)}`);
      }
    }
    await c.run(`SET allowed_directories = [${quoteLiteral(layout.partsDir + '/')}]`);
    await c.run('SET enable_external_access = false');
    await c.run('SET lock_configuration = true');
  } catch (e) {
    db.close();
    throw e;
  }
  return {
    dir,
    empty,
    query: async (sql, values) => {
      await checkReadOnly(sql);
      try {
        const reader = await c.runAndReadAll(sql, values === undefined ? undefined : [...values]);
        return { columns: reader.columnNames(), rows: reader.getRowsJson() };
      } catch (e) {
        throw new InputError(`the query failed: ${duckdbMessage(e)}`, { field: 'SQL', expected: `a SELECT over the tables ${TABLE_NAMES.join(', ')}` });
      }
    },
    int32Columns: async (sql, values) => {
      await checkReadOnly(sql);
      let result: DuckDBMaterializedResult;
      try {
        result = await c.run(sql, values === undefined ? undefined : [...values]);
      } catch (e) {
        throw new InputError(`the query failed: ${duckdbMessage(e)}`, { field: 'SQL', expected: 'a valid SELECT statement (quote "day")' });
      }
      const names = result.columnNames();
      names.forEach((name, i) => {
        const id = result.columnTypeId(i);
        if (id !== DuckDBTypeId.INTEGER) throw new InputError(`column ${name} is ${DuckDBTypeId[id]}`, { field: 'SQL', expected: 'INTEGER columns only (cast with ::INTEGER)' });
      });
      const chunks = await result.fetchAllChunks();
      const rows = chunks.reduce((n, ch) => n + ch.rowCount, 0);
      const data = names.map(() => new Int32Array(rows));
      let offset = 0;
      for (const chunk of chunks) {
        data.forEach((out, j) => {
          const nullAt = copyInt32Column(chunk, j, out, offset);
          if (nullAt >= 0) throw new InputError(`column ${names[j]} has a NULL in row ${offset + nullAt + 1}`, { field: 'SQL', expected: 'no NULLs (use coalesce)' });
        });
        offset += chunk.rowCount;
      }
      return { columns: names, data };
    },
    close: () => db.close(),
  };

  async function checkReadOnly(sql: string): Promise<void> {
    const queryFailed = (e: unknown) => new InputError(`the query failed: ${duckdbMessage(e)}`, { field: 'SQL', expected: 'a valid SELECT statement (quote "day")' });
    let extracted: DuckDBExtractedStatements;
    try {
      extracted = await c.extractStatements(sql);
    } catch (e) {
      throw queryFailed(e); // not even parsed
    }
    if (extracted.count !== 1) {
      throw new InputError(`the query has ${extracted.count} statements`, { field: 'SQL', expected: 'exactly one SELECT statement' });
    }
    let kind: StatementType;
    try {
      kind = (await extracted.prepare(0)).statementType;
    } catch (e) {
      // A write against a view fails to bind before its type is known: tell writes from bad reads.
      if (!(await looksLikeRead(sql))) throw refusal(firstKeyword(sql));
      throw queryFailed(e);
    }
    if (!READ_ONLY_TYPES.has(kind)) throw refusal(StatementType[kind]);
  }

  async function looksLikeRead(sql: string): Promise<boolean> {
    if (READ_KEYWORDS.has(firstKeyword(sql))) return true;
    const parsed = await c.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR)', [sql]);
    const json = JSON.parse(parsed.getRowsJson()[0][0] as string) as { error?: boolean };
    return json.error !== true;
  }
}

/**
 * Runs stored before format 2 recorded the absolute scenario path; readers see only its last
 * part, as format 2 stores it (`example`, `example/scenario.yml`): no absolute path is shown.
 */
const SCENARIO_PATH_SHOWN = ` REPLACE (regexp_extract(scenario_path, '([^/\\\\]+([/\\\\][^/\\\\]+\\.ya?ml)?)$', 1) AS scenario_path)`;

/** Migrates a store of an older format before reading it (storeMigration.ts). */
async function upgrade(layout: StoreLayout): Promise<void> {
  if (storeVersion(layout) === STORE_FORMAT.version) return;
  const db = await openMemoryDb(1);
  try {
    await migrateStore(layout, db);
  } catch (e) {
    throw new InputError(`the results store is of an older format and could not be upgraded: ${e instanceof InputError ? e.message : duckdbMessage(e)}`, {
      file: layout.dir,
      expected: 'a store this corridor can write to once, to upgrade it',
    });
  } finally {
    db.close();
  }
}

const READ_KEYWORDS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'EXPLAIN', 'DESCRIBE', 'SHOW', 'SUMMARIZE', 'PIVOT', 'UNPIVOT', '(']);

/** The statement's first word in capitals, after comments and white space. */
function firstKeyword(sql: string): string {
  const text = sql.replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  if (text.startsWith('(')) return '(';
  return (/^[A-Za-z_]+/.exec(text)?.[0] ?? '').toUpperCase();
}

function refusal(kind: string): InputError {
  return new InputError(`the store is read-only here: ${kind === '' ? 'this' : kind} statement refused`, {
    field: 'SQL',
    expected: 'a SELECT (or EXPLAIN, DESCRIBE, SHOW) statement; runs are added by corridor run and corridor ensemble',
  });
}

/**
 * Writing one partition's files in a staging folder: a Parquet file per table (empty tables
 * included, so every partition of format 2 has every table), owner.json (who writes it, for the
 * sweep of abandoned staging folders) and manifest.json, each synced to disk before the rename that
 * commits them.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DuckDBAppender } from '@duckdb/node-api';
import type { MemoryDb } from './duckdb.js';
import { appendRun } from './recordRows.js';
import { DERIVED_TABLES, isDerivedTable } from './derivedTables.js';
import type { AppendedTableName } from './derivedTables.js';
import { thisOwner } from './processOwner.js';
import { createTableSql, quoteIdent, quoteLiteral, TABLE_NAMES } from './schema.js';
import type { StoredRun } from './storedRun.js';

export interface PartitionContent {
  readonly runs: readonly StoredRun[];
  /** (ensemble id, run id) pairs not stored yet. */
  readonly members: readonly (readonly [string, string])[];
  /** Input file contents not stored yet, by hash. */
  readonly files: ReadonlyMap<string, Buffer>;
}

/** `<UTC time>-<random>`: sorts by commit time. */
export function partitionName(): string {
  const t = new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '');
  return `${t}-${randomBytes(5).toString('hex')}`;
}

export async function stagePartition(db: MemoryDb, staging: string, content: PartitionContent): Promise<void> {
  mkdirSync(staging, { recursive: false });
  writeFileSync(join(staging, 'owner.json'), JSON.stringify(thisOwner()));
  const c = db.connection;
  for (const t of TABLE_NAMES) {
    await c.run(`DROP TABLE IF EXISTS ${quoteIdent(t)}`);
    await c.run(createTableSql(t));
  }
  const appended = TABLE_NAMES.filter((t): t is AppendedTableName => !isDerivedTable(t));
  const appenders = {} as Record<AppendedTableName, DuckDBAppender>;
  for (const t of appended) appenders[t] = await c.createAppender(t);
  try {
    const storedAt = new Date();
    for (const run of content.runs) {
      appendRun(appenders, run, storedAt);
      for (const f of run.inputs ?? []) appendRow(appenders.run_inputs, [run.runId, f.path, fileHash(f.content)], BigInt(f.content.length));
    }
    for (const [ensemble, run] of content.members) appendRow(appenders.ensemble_members, [ensemble, run]);
    for (const [hash, bytes] of content.files) {
      appenders.input_files.appendVarchar(hash);
      appenders.input_files.appendBlob(bytes);
      appenders.input_files.endRow();
    }
  } finally {
    for (const t of appended) appenders[t].closeSync();
  }
  for (const derived of Object.values(DERIVED_TABLES)) await c.run(derived.sql);
  for (const t of TABLE_NAMES) {
    const rowGroups = isDerivedTable(t) ? `, ROW_GROUP_SIZE ${DERIVED_TABLES[t].rowGroupSize}` : '';
    await c.run(`COPY ${quoteIdent(t)} TO ${quoteLiteral(join(staging, `${t}.parquet`))} (FORMAT parquet, COMPRESSION zstd${rowGroups})`);
    await c.run(`DROP TABLE ${quoteIdent(t)}`);
  }
  const manifest = { runs: content.runs.map((r) => r.runId), members: content.members.length, files: content.files.size };
  writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest) + '\n');
  for (const name of readdirSync(staging)) syncFile(join(staging, name));
  syncFolder(staging);
}

function appendRow(a: DuckDBAppender, texts: readonly string[], size?: bigint): void {
  for (const t of texts) a.appendVarchar(t);
  if (size !== undefined) a.appendBigInt(size);
  a.endRow();
}

/** Hex SHA-256 of a file's bytes: its key in input_files. */
export function fileHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function syncFolder(path: string): void {
  try {
    syncFile(path);
  } catch {
    // fsync on a folder is not supported everywhere; the files themselves are synced
  }
}

/**
 * Writes runs into the store, one partition per commit (see storeLayout.ts). A commit is all or
 * nothing: its Parquet files are written in .staging/ and become visible by one rename. A run whose
 * id is already stored is skipped and reported, never stored twice.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DuckDBAppender } from '@duckdb/node-api';
import { withCommitLock } from './commitLock.js';
import { duckdbMessage, openMemoryDb } from './duckdb.js';
import type { MemoryDb } from './duckdb.js';
import { appendRun } from './recordRows.js';
import { DERIVED_TABLES, isDerivedTable } from './derivedTables.js';
import type { AppendedTableName } from './derivedTables.js';
import { createTableSql, quoteIdent, quoteLiteral, TABLE_NAMES } from './schema.js';
import type { StoredRun } from './storedRun.js';
import { initStore, listPartitions, sweepAbandonedStaging, thisOwner } from './storeLayout.js';
import type { StoreLayout } from './storeLayout.js';
import { InputError, isInputError } from '../errors.js';

export interface CommitResult {
  /** Run ids written by this commit. */
  readonly stored: readonly string[];
  /** Run ids that were already in the store (or repeated in the batch): not written again. */
  readonly skipped: readonly string[];
  /** The partition that holds the stored runs (undefined when nothing was stored). */
  readonly partition: string | undefined;
}

export interface CommitHooks {
  /** Called when every file of the partition is written, just before the commit (tests). */
  readonly beforePublish?: (stagingPath: string) => void | Promise<void>;
}

export interface StoreWriter {
  readonly dir: string;
  /** Whether a run id is already committed (as of the last look at the store). */
  has(runId: string): boolean;
  commit(runs: readonly StoredRun[], hooks?: CommitHooks): Promise<CommitResult>;
  close(): void;
}

export async function openStoreWriter(dir: string): Promise<StoreWriter> {
  const layout = initStore(dir);
  sweepAbandonedStaging(layout);
  const db = await openMemoryDb(1);
  const known = new Set<string>();
  const seen = new Set<string>();
  try {
    await refreshKnown(db, layout, known, seen);
  } catch (e) {
    db.close();
    throw e;
  }
  return {
    dir,
    has: (runId) => known.has(runId),
    commit: (runs, hooks) => commit(db, layout, known, seen, runs, hooks),
    close: () => db.close(),
  };
}

/** Adds the run ids of partitions committed since the last look (by any process). */
async function refreshKnown(db: MemoryDb, layout: StoreLayout, known: Set<string>, seen: Set<string>): Promise<void> {
  const fresh = listPartitions(layout).filter((p) => !seen.has(p));
  if (fresh.length === 0) return;
  const files = fresh.map((p) => quoteLiteral(join(layout.partsDir, p, 'runs.parquet'))).join(', ');
  const reader = await db.connection.runAndReadAll(`SELECT run_id FROM read_parquet([${files}])`);
  for (const [id] of reader.getRowsJson()) known.add(id as string);
  for (const p of fresh) seen.add(p);
}

async function commit(
  db: MemoryDb,
  layout: StoreLayout,
  known: Set<string>,
  seen: Set<string>,
  runs: readonly StoredRun[],
  hooks: CommitHooks | undefined,
): Promise<CommitResult> {
  const skipped: string[] = [];
  for (;;) {
    await refreshKnown(db, layout, known, seen);
    const batch = new Map<string, StoredRun>();
    for (const run of runs) {
      if (known.has(run.runId) || batch.has(run.runId)) skipped.push(run.runId);
      else batch.set(run.runId, run);
    }
    if (batch.size === 0) return { stored: [], skipped: unique(skipped), partition: undefined };
    const partition = partitionName();
    const staging = join(layout.stagingDir, partition);
    try {
      await stagePartition(db, staging, [...batch.values()]);
      await hooks?.beforePublish?.(staging);
      const published = await withCommitLock(layout.lockFile, async () => {
        await refreshKnown(db, layout, known, seen);
        if ([...batch.keys()].some((id) => known.has(id))) return false; // another process stored some meanwhile
        renameSync(staging, join(layout.partsDir, partition));
        syncFolder(layout.partsDir);
        return true;
      });
      if (published) {
        for (const id of batch.keys()) known.add(id);
        seen.add(partition);
        return { stored: [...batch.keys()], skipped: unique(skipped), partition };
      }
      skipped.length = 0;
    } catch (e) {
      throw asStoreError(e, layout.dir);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** `<UTC time>-<random>`: sorts by commit time. */
function partitionName(): string {
  const t = new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '');
  return `${t}-${randomBytes(5).toString('hex')}`;
}

async function stagePartition(db: MemoryDb, staging: string, runs: readonly StoredRun[]): Promise<void> {
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
    for (const run of runs) appendRun(appenders, run, storedAt);
  } finally {
    for (const t of appended) appenders[t].closeSync();
  }
  for (const derived of Object.values(DERIVED_TABLES)) await c.run(derived.sql);
  for (const t of TABLE_NAMES) {
    const rowGroups = isDerivedTable(t) ? `, ROW_GROUP_SIZE ${DERIVED_TABLES[t].rowGroupSize}` : '';
    await c.run(`COPY ${quoteIdent(t)} TO ${quoteLiteral(join(staging, `${t}.parquet`))} (FORMAT parquet, COMPRESSION zstd${rowGroups})`);
    await c.run(`DROP TABLE ${quoteIdent(t)}`);
  }
  writeFileSync(join(staging, 'manifest.json'), JSON.stringify({ runs: runs.map((r) => r.runId) }) + '\n');
  for (const name of readdirSync(staging)) syncFile(join(staging, name));
  syncFolder(staging);
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(path: string): void {
  try {
    syncFile(path);
  } catch {
    // fsync on a folder is not supported everywhere; the files themselves are synced
  }
}

function asStoreError(e: unknown, dir: string): unknown {
  if (isInputError(e)) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code === 'string') return new InputError(`cannot write to the results store: ${(e as Error).message}`, { file: dir });
  const message = duckdbMessage(e);
  if (/^IO Error/i.test(message)) return new InputError(`cannot write to the results store: ${message}`, { file: dir });
  return e;
}

/**
 * Writes runs into the store, one partition per commit (see storeLayout.ts). A commit is all or
 * nothing: its Parquet files are written in .staging/ and become visible by one rename. A run whose
 * id is already stored is skipped and reported, never stored twice; its ensemble membership is
 * still recorded (a run belongs to every ensemble that wanted it). Input files are stored once per
 * content across the store.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clearStaleLock, withCommitLock } from './commitLock.js';
import { duckdbMessage, openMemoryDb } from './duckdb.js';
import type { MemoryDb } from './duckdb.js';
import { fileHash, partitionName, stagePartition, syncFolder } from './partitionFiles.js';
import type { PartitionContent } from './partitionFiles.js';
import { quoteLiteral } from './schema.js';
import type { StoredRun } from './storedRun.js';
import { storeFaultPoint } from './storeFaults.js';
import { initStore, listPartitions, sweepAbandonedStaging } from './storeLayout.js';
import type { StoreLayout } from './storeLayout.js';
import { migrateStore } from './storeMigration.js';
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

/** What the committed partitions hold, as far as a commit needs to know (run ids, memberships, file hashes). */
interface Known {
  readonly runs: Set<string>;
  readonly members: Set<string>;
  readonly files: Set<string>;
  /** Partitions already looked at. */
  readonly seen: Set<string>;
}

export async function openStoreWriter(dir: string): Promise<StoreWriter> {
  const layout = initStore(dir);
  sweepAbandonedStaging(layout);
  clearStaleLock(layout.lockFile);
  const db = await openMemoryDb(1);
  const known: Known = { runs: new Set(), members: new Set(), files: new Set(), seen: new Set() };
  try {
    await migrateStore(layout, db);
    await refreshKnown(db, layout, known);
  } catch (e) {
    db.close();
    throw asStoreError(e, layout.dir);
  }
  return {
    dir,
    has: (runId) => known.runs.has(runId),
    commit: (runs, hooks) => commit(db, layout, known, runs, hooks),
    close: () => db.close(),
  };
}

const memberKey = (ensemble: string, run: string): string => `${ensemble} ${run}`;

/** Adds what partitions committed since the last look (by any process) hold. */
async function refreshKnown(db: MemoryDb, layout: StoreLayout, known: Known): Promise<void> {
  const fresh = listPartitions(layout).filter((p) => !known.seen.has(p));
  if (fresh.length === 0) return;
  const files = (table: string) => fresh.map((p) => join(layout.partsDir, p, `${table}.parquet`)).filter((f) => existsSync(f));
  const read = async (table: string, columns: string): Promise<unknown[][]> => {
    const list = files(table);
    if (list.length === 0) return [];
    const reader = await db.connection.runAndReadAll(`SELECT ${columns} FROM read_parquet([${list.map(quoteLiteral).join(', ')}])`);
    return reader.getRowsJson();
  };
  for (const [id] of await read('runs', 'run_id')) known.runs.add(id as string);
  for (const [e, r] of await read('ensemble_members', 'ensemble_id, run_id')) known.members.add(memberKey(e as string, r as string));
  for (const [h] of await read('input_files', 'hash')) known.files.add(h as string);
  for (const p of fresh) known.seen.add(p);
}

/** The runs, memberships and file contents of `runs` that the store does not hold yet. */
function newContent(known: Known, runs: readonly StoredRun[]): { content: PartitionContent; batch: ReadonlyMap<string, StoredRun>; skipped: string[] } {
  const batch = new Map<string, StoredRun>();
  const skipped: string[] = [];
  const members = new Map<string, readonly [string, string]>();
  const files = new Map<string, Buffer>();
  for (const run of runs) {
    if (known.runs.has(run.runId) || batch.has(run.runId)) skipped.push(run.runId);
    else {
      batch.set(run.runId, run);
      for (const f of run.inputs ?? []) {
        const hash = fileHash(f.content);
        if (!known.files.has(hash)) files.set(hash, f.content);
      }
    }
    const key = run.ensembleId === null ? undefined : memberKey(run.ensembleId, run.runId);
    if (run.ensembleId !== null && key !== undefined && !known.members.has(key)) members.set(key, [run.ensembleId, run.runId]);
  }
  return { content: { runs: [...batch.values()], members: [...members.values()], files }, batch, skipped };
}

async function commit(db: MemoryDb, layout: StoreLayout, known: Known, runs: readonly StoredRun[], hooks: CommitHooks | undefined): Promise<CommitResult> {
  for (;;) {
    await refreshKnown(db, layout, known);
    const { content, batch, skipped } = newContent(known, runs);
    if (batch.size === 0 && content.members.length === 0) return { stored: [], skipped: unique(skipped), partition: undefined };
    const partition = partitionName();
    const staging = join(layout.stagingDir, partition);
    try {
      await stagePartition(db, staging, content);
      storeFaultPoint('partition-staged');
      await hooks?.beforePublish?.(staging);
      const published = await withCommitLock(layout.lockFile, async () => {
        storeFaultPoint('lock-taken');
        await refreshKnown(db, layout, known);
        // Another process stored some of these runs or memberships meanwhile: look again. (An input
        // file it stored too is kept twice, harmlessly: files are looked up by hash.)
        if ([...batch.keys()].some((id) => known.runs.has(id)) || content.members.some(([e, r]) => known.members.has(memberKey(e, r)))) return false;
        renameSync(staging, join(layout.partsDir, partition));
        syncFolder(layout.partsDir);
        storeFaultPoint('partition-published');
        return true;
      });
      if (published) {
        for (const id of batch.keys()) known.runs.add(id);
        for (const [e, r] of content.members) known.members.add(memberKey(e, r));
        for (const h of content.files.keys()) known.files.add(h);
        known.seen.add(partition);
        return { stored: [...batch.keys()], skipped: unique(skipped), partition };
      }
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

export function asStoreError(e: unknown, dir: string): unknown {
  if (isInputError(e)) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code === 'string') return new InputError(`cannot write to the results store: ${(e as Error).message}`, { file: dir });
  const message = duckdbMessage(e);
  if (/^IO Error/i.test(message)) return new InputError(`cannot write to the results store: ${message}`, { file: dir });
  return e;
}

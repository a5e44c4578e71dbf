/**
 * Upgrading a store written by an older corridor, in place, when it is opened.
 *
 * Format 1 → 2: format 2 adds ensemble_members (a run can belong to several ensembles), run_inputs
 * and input_files (schema.ts). The membership that format 1 kept in runs.ensemble_id is copied into
 * ensemble_members, in one partition named MIGRATION_PARTITION (it sorts before every commit);
 * then store.json is rewritten with the new version. Runs stored under format 1 keep no input
 * files (they were never kept). Old partitions are not rewritten: a table a partition lacks reads
 * as empty, and a column it lacks as NULL.
 *
 * Atomic at every step: the partition is written in .staging/ and renamed into parts/ (as any
 * commit), store.json is replaced by a rename, and both happen under the commit lock. A migration
 * killed after the partition's rename is finished by the next opening, which finds the partition
 * there and only rewrites store.json: a store is never half migrated, nor migrated twice.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { withCommitLock } from './commitLock.js';
import type { MemoryDb } from './duckdb.js';
import { stagePartition, syncFolder } from './partitionFiles.js';
import { storeFaultPoint } from './storeFaults.js';
import { STORE_FORMAT, storeVersion, tableHasFiles, tableScan } from './storeLayout.js';
import type { StoreLayout } from './storeLayout.js';
import { ensureDirSync, writeFileAtomicSync } from '../runFiles/atomicWrite.js';

export const MIGRATION_PARTITION = '00000000-000000000-format-2';

/** Brings the store at `layout` to the current format; returns whether it changed anything. */
export async function migrateStore(layout: StoreLayout, db: MemoryDb): Promise<boolean> {
  if (storeVersion(layout) === STORE_FORMAT.version) return false;
  return withCommitLock(layout.lockFile, async () => {
    if (storeVersion(layout) === STORE_FORMAT.version) return false; // another process did it meanwhile
    const target = join(layout.partsDir, MIGRATION_PARTITION);
    if (!existsSync(target)) {
      const staging = join(layout.stagingDir, MIGRATION_PARTITION);
      rmSync(staging, { recursive: true, force: true });
      ensureDirSync(layout.stagingDir);
      try {
        await stagePartition(db, staging, { runs: [], members: await formatOneMembers(layout, db), files: new Map() });
        storeFaultPoint('migration-staged');
        renameSync(staging, target);
        syncFolder(layout.partsDir);
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
    }
    storeFaultPoint('migration-published');
    writeFileAtomicSync(layout.marker, JSON.stringify(STORE_FORMAT) + '\n');
    return true;
  });
}

/** (ensemble id, run id) of every format-1 run stored by an ensemble. */
async function formatOneMembers(layout: StoreLayout, db: MemoryDb): Promise<[string, string][]> {
  if (!tableHasFiles(layout, 'runs')) return [];
  const reader = await db.connection.runAndReadAll(
    `SELECT DISTINCT ensemble_id, run_id FROM ${tableScan(layout, 'runs')} WHERE ensemble_id IS NOT NULL ORDER BY ensemble_id, run_id`,
  );
  return reader.getRowsJson().map(([e, r]) => [e as string, r as string]);
}

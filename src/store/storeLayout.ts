/**
 * The store on disk:
 *
 *   <dir>/store.json          marks the folder as a corridor store, with its format version
 *                             (the schema version: storeMigration.ts upgrades older formats)
 *   <dir>/parts/<partition>/  committed partitions: one Parquet file per table (see schema.ts)
 *   <dir>/.staging/<name>/    partitions being written; never read
 *   <dir>/commit.lock         held for the instant a partition is checked and renamed into parts/
 *
 * A partition is written whole in .staging/ and renamed into parts/ (atomic on one file system):
 * that rename is the commit. Readers only ever see complete partitions, and no process keeps a
 * database file open, so any number of readers can query while a writer writes.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeadOwner } from './processOwner.js';
import type { ProcessOwner } from './processOwner.js';
import { quoteLiteral } from './schema.js';
import type { TableName } from './schema.js';
import { InputError } from '../errors.js';
import { ensureDirSync, writeFileAtomicSync } from '../runFiles/atomicWrite.js';

export const STORE_FORMAT = { format: 'corridor-store', version: 2 } as const;

/** Format versions this corridor reads (older ones are migrated when a store is opened). */
const READABLE_VERSIONS: readonly number[] = [1, 2];

export interface StoreLayout {
  readonly dir: string;
  readonly marker: string;
  readonly partsDir: string;
  readonly stagingDir: string;
  readonly lockFile: string;
}

export function storeLayout(dir: string): StoreLayout {
  return {
    dir,
    marker: join(dir, 'store.json'),
    partsDir: join(dir, 'parts'),
    stagingDir: join(dir, '.staging'),
    lockFile: join(dir, 'commit.lock'),
  };
}

/** True when `dir` holds a corridor store. A folder that exists without the marker is refused. */
export function storeExists(layout: StoreLayout): boolean {
  if (!existsSync(layout.dir)) return false;
  if (!statSync(layout.dir).isDirectory()) {
    throw new InputError('the results store path is a file, not a folder', { file: layout.dir, expected: 'a folder (--store <dir> or CORRIDOR_STORE)' });
  }
  if (existsSync(layout.marker)) {
    checkMarker(layout);
    return true;
  }
  return false;
}

/** Creates the store's folders on first use; refuses a non-empty folder that is not a store. */
export function initStore(dir: string): StoreLayout {
  try {
    return createStoreFolders(dir);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError(`cannot use the results store: ${e.message}`, { expected: 'a writable folder for --store <dir> or CORRIDOR_STORE' });
  }
}

function createStoreFolders(dir: string): StoreLayout {
  const layout = storeLayout(dir);
  if (!storeExists(layout)) {
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new InputError('the folder is not empty and is not a corridor results store (no store.json)', {
        file: dir,
        expected: 'an empty or new folder for --store / CORRIDOR_STORE',
      });
    }
    ensureDirSync(dir);
    writeFileAtomicSync(layout.marker, JSON.stringify(STORE_FORMAT) + '\n');
  }
  ensureDirSync(layout.partsDir);
  ensureDirSync(layout.stagingDir);
  return layout;
}

/** The store's format version (store.json), checked to be one this corridor reads or migrates. */
export function storeVersion(layout: StoreLayout): number {
  return checkMarker(layout);
}

function checkMarker(layout: StoreLayout): number {
  let marker: { format?: unknown; version?: unknown };
  try {
    marker = JSON.parse(readFileSync(layout.marker, 'utf8')) as typeof marker;
  } catch {
    throw new InputError('store.json is not valid JSON', { file: layout.marker, expected: JSON.stringify(STORE_FORMAT) });
  }
  if (marker.format !== STORE_FORMAT.format || typeof marker.version !== 'number' || !READABLE_VERSIONS.includes(marker.version)) {
    throw new InputError(`unsupported store format ${JSON.stringify(marker)}`, { file: layout.marker, expected: `${JSON.stringify(STORE_FORMAT)} or an older version (${READABLE_VERSIONS.join(', ')})` });
  }
  return marker.version;
}

/** Committed partitions, oldest first (names start with a UTC timestamp). */
export function listPartitions(layout: StoreLayout): string[] {
  if (!existsSync(layout.partsDir)) return [];
  return readdirSync(layout.partsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

const ABANDONED_MS = 3_600_000;

/**
 * Removes staging folders left by writers that died mid-write (kill -9, power loss): their owner
 * process is gone, or they have no owner file and are over an hour old. They were never visible.
 */
export function sweepAbandonedStaging(layout: StoreLayout): number {
  if (!existsSync(layout.stagingDir)) return 0;
  let removed = 0;
  for (const name of readdirSync(layout.stagingDir)) {
    const path = join(layout.stagingDir, name);
    let abandoned: boolean;
    try {
      const owner = JSON.parse(readFileSync(join(path, 'owner.json'), 'utf8')) as ProcessOwner;
      abandoned = isDeadOwner(owner);
    } catch {
      try {
        abandoned = Date.now() - statSync(path).mtimeMs > ABANDONED_MS;
      } catch {
        abandoned = false;
      }
    }
    if (abandoned) {
      rmSync(path, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Whether any committed partition has a file for `table` (partitions written before a table was
 * added to the schema have none; a glob that matches nothing is an error in DuckDB).
 */
export function tableHasFiles(layout: StoreLayout, table: TableName): boolean {
  return listPartitions(layout).some((p) => existsSync(join(layout.partsDir, p, `${table}.parquet`)));
}

/**
 * SQL reading one table across every committed partition (a glob, resolved when a query runs;
 * columns a partition lacks read as NULL).
 */
export function tableScan(layout: StoreLayout, table: TableName): string {
  return `read_parquet(${quoteLiteral(join(layout.partsDir, '*', `${table}.parquet`))}, union_by_name = true)`;
}

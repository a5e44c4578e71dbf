/** The format-1 store fixture and small readers of a store, for the format and kill tests. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStoreReader } from '../../src/store/storeReader.js';

/** A store written by corridor before format 2 (test/fixtures/store-v1/README.md). */
export const FORMAT_ONE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'store-v1');

export async function rows(dir: string, sql: string): Promise<unknown[][]> {
  const r = await openStoreReader(dir);
  try {
    return (await r.query(sql)).rows.map((row) => [...row]);
  } finally {
    r.close();
  }
}

/** The format version in store.json. */
export const version = (dir: string): unknown => (JSON.parse(readFileSync(join(dir, 'store.json'), 'utf8')) as { version: unknown }).version;

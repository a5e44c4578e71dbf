/** The server asks for the newest runs' first answers before it answers anyone (src/server/warmNewestRuns.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeWebDir, handBuiltStore } from './dashboardStore.js';
import { dashboardApp } from '../../src/server/dashboardApp.js';
import { loadWebAssets } from '../../src/server/webAssets.js';
import { listRuns } from '../../src/server/runList.js';
import { openStoreAccess } from '../../src/server/storeAccess.js';
import type { StoreAccess } from '../../src/server/storeAccess.js';
import { warmNewestRuns } from '../../src/server/warmNewestRuns.js';

/** The store's access with every network() call recorded. */
function recording(store: StoreAccess): { access: StoreAccess; asked: string[] } {
  const asked: string[] = [];
  return { asked, access: { ...store, network: (id) => (asked.push(id), store.network(id)) } };
}

describe('warming the newest runs', () => {
  it('reads the networks of the two newest runs, and only those', async () => {
    const { dir } = await handBuiltStore();
    const store = openStoreAccess(dir);
    try {
      const newest = (await store.use(listRuns)).runs.slice(0, 2).map((r) => r.runId);
      const { access, asked } = recording(store);
      await warmNewestRuns(access, dashboardApp(access, loadWebAssets(fakeWebDir())), 2);
      expect([...new Set(asked)].sort()).toEqual([...newest].sort());
      // They are now in the store's cache: asking again returns the very same network.
      const first = await store.network(newest[0]);
      expect(await store.network(newest[0])).toBe(first);
    } finally {
      store.close();
    }
  });

  it('does nothing, without failing, on an empty store', async () => {
    const store = openStoreAccess(mkdtempSync(join(tmpdir(), 'corridor-empty-store-')));
    try {
      const { access, asked } = recording(store);
      await expect(warmNewestRuns(access, dashboardApp(access, loadWebAssets(fakeWebDir())), 2)).resolves.toBeUndefined();
      expect(asked).toEqual([]);
    } finally {
      store.close();
    }
  });
});

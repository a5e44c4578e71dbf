/** The server asks for the newest runs' first answers before it answers anyone (src/server/warmNewestRuns.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeWebDir, handBuiltStore } from './dashboardStore.js';
import { dashboardApp } from '../../src/server/dashboardApp.js';
import { FIRST_WINDOW_DAYS } from '../../src/server/firstWindow.js';
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

describe('first day windows', () => {
  it('are read from the store once, and answered again from memory with the same bytes', async () => {
    const { dir, runIds } = await handBuiltStore();
    const store = openStoreAccess(dir);
    try {
      let uses = 0;
      const access: StoreAccess = { ...store, use: (work) => (uses++, store.use(work)) };
      const app = dashboardApp(access, loadWebAssets(fakeWebDir()));
      const path = `/api/window?id=${runIds[0]}&from=0&days=${FIRST_WINDOW_DAYS}`;
      const before = uses;
      const first = new Uint8Array(await (await app.request(path)).arrayBuffer());
      const firstUses = uses - before;
      const again = new Uint8Array(await (await app.request(path)).arrayBuffer());
      const againUses = uses - before - firstUses;
      expect(first.length).toBeGreaterThan(0);
      expect(again).toEqual(first);
      // Resolving the id, describing the run, reading the window; the second time none of them
      // (a whole run id once found is not looked up again; the description is cached).
      expect(firstUses).toBe(3);
      expect(againUses).toBe(0);
      // A longer window (as played) is read each time.
      const long = `/api/window?id=${runIds[0]}&from=0&days=${FIRST_WINDOW_DAYS + 1}`;
      await (await app.request(long)).arrayBuffer();
      const longUses = uses;
      await (await app.request(long)).arrayBuffer();
      expect(uses - longUses).toBe(1);
      // A prefix of the id is looked up every time (a run stored later could make it ambiguous).
      const prefix = `/api/window?id=${runIds[0].slice(0, 8)}&from=0&days=${FIRST_WINDOW_DAYS}`;
      const prefixUses = uses;
      expect(new Uint8Array(await (await app.request(prefix)).arrayBuffer())).toEqual(first);
      await (await app.request(prefix)).arrayBuffer();
      expect(uses - prefixUses).toBe(2);
      // An unknown id is refused each time, and not remembered.
      const unknown = `/api/window?id=${'f'.repeat(runIds[0].length)}&from=0&days=1`;
      expect((await app.request(unknown)).status).toBe(404);
      expect((await app.request(unknown)).status).toBe(404);
    } finally {
      await store.close();
    }
  });
});

describe('day windows of a closed page', () => {
  it('are not read when the client went away while they waited for a reader', async () => {
    const { dir, runIds } = await handBuiltStore();
    const store = openStoreAccess(dir);
    try {
      let ran = 0;
      const access: StoreAccess = { ...store, use: (work, cancelled) => store.use((r) => (ran++, work(r)), cancelled) };
      const app = dashboardApp(access, loadWebAssets(fakeWebDir()));
      const path = `/api/window?id=${runIds[0]}&from=0&days=${FIRST_WINDOW_DAYS + 1}`;
      await (await app.request(path)).arrayBuffer(); // the run's id, description and network known
      // Both readers busy until `release`, so the next window waits in a queue.
      let release = () => {};
      const busy = new Promise<void>((resolve) => (release = resolve));
      const blockers = [store.use(() => busy), store.use(() => busy)];
      const gone = new AbortController();
      const before = ran;
      const answer = app.request(path, { signal: gone.signal });
      const kept = app.request(path);
      gone.abort();
      release();
      await Promise.all(blockers);
      expect((await answer).status).toBe(204);
      expect((await kept).status).toBe(200);
      expect(ran - before).toBe(1); // only the window still wanted was read
    } finally {
      await store.close();
    }
  });
});

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
      await store.close();
    }
  });

  it('does nothing, without failing, on an empty store', async () => {
    const store = openStoreAccess(mkdtempSync(join(tmpdir(), 'corridor-empty-store-')));
    try {
      const { access, asked } = recording(store);
      await expect(warmNewestRuns(access, dashboardApp(access, loadWebAssets(fakeWebDir())), 2)).resolves.toBeUndefined();
      expect(asked).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

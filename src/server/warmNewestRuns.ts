/**
 * Before the server answers its first request: the newest runs (those a person opens first, such
 * as the run `npm start` has just stored) have the answers their page asks for first (run,
 * network, series, first days' window; pagePreloads.ts) asked for once, so that the store's files
 * are open and the networks are in the server's cache when the page comes. Best effort: a store
 * that cannot be read yet is left for the requests to report.
 */
import type { Hono } from 'hono';
import { runPreloads } from './pagePreloads.js';
import { listRuns } from './runList.js';
import type { StoreAccess } from './storeAccess.js';

export async function warmNewestRuns(store: StoreAccess, app: Hono, runs: number): Promise<void> {
  try {
    const list = await store.use(listRuns);
    const newest = list.runs.filter((r) => r.hasNetwork).slice(0, runs);
    await Promise.all(newest.map(async (r) => Promise.all(runPreloads(r.runId, 0, r.days).map(async (path) => (await app.request(path)).arrayBuffer()))));
  } catch {
    // Nothing to warm (an empty or unreadable store): requests say what is wrong.
  }
}

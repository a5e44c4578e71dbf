/**
 * Before the server answers its first request: the networks of the newest runs (those a person
 * opens first, such as the run `npm start` has just stored) are read into the server's cache, so
 * that their first page does not wait for the store. Best effort: a store that cannot be read yet
 * is left for the requests to report.
 */
import { listRuns } from './runList.js';
import type { StoreAccess } from './storeAccess.js';

export async function warmNewestRuns(store: StoreAccess, runs: number): Promise<void> {
  try {
    const list = await store.use(listRuns);
    const newest = list.runs.filter((r) => r.hasNetwork).slice(0, runs);
    await Promise.all(newest.map((r) => store.network(r.runId)));
  } catch {
    // Nothing to warm (an empty or unreadable store): requests say what is wrong.
  }
}

/**
 * The dashboard's reads of stored runs, cached: a run id from a request, a run's details, series,
 * network and location series, and the short first day windows every page opens with.
 */
import { createAnswerCache } from './answerCache.js';
import type { AnswerCache } from './answerCache.js';
import type { LocationSeries, RunDetails, RunSeries } from './apiTypes.js';
import { readLocationSeries } from './locationSeries.js';
import { runIdParam } from './queryParams.js';
import type { QueryValues } from './queryParams.js';
import { resolveRunId, runDetails } from './runDetails.js';
import type { RunNetwork } from './runNetwork.js';
import { readRunSeries } from './runSeries.js';
import type { StoreAccess } from './storeAccess.js';

export interface RunLookups {
  /** The whole run id a query parameter names (an id or a prefix). */
  runOf(q: QueryValues, param: string): Promise<string>;
  detailsOf(id: string): Promise<RunDetails>;
  seriesOf(id: string, days: number): Promise<RunSeries>;
  locationOf(id: string, name: string, net: RunNetwork, details: RunDetails): Promise<LocationSeries>;
  /** The network, and the series of its busiest location read ahead (the run view charts it first). */
  networkOf(id: string): Promise<{ net: RunNetwork; details: RunDetails }>;
  /** Starts reading a run's network (and its busiest location) as its page is sent: the page asks for them next. */
  readAhead(id: string): void;
  /** First day windows, kept without expiry (a stored run's days never change). */
  readonly firstWindows: AnswerCache;
}

const KNOWN_RUNS = 1024;

export function runLookups(store: StoreAccess): RunLookups {
  // Runs are never removed from a store, so a whole run id, once found, is answered without a
  // query (which would wait behind the day windows in the readers' queues); a prefix is looked up
  // each time (a run stored later may make it ambiguous).
  const knownRuns = new Set<string>();
  const runOf = async (q: QueryValues, param: string) => {
    const asked = runIdParam(q, param);
    if (knownRuns.has(asked)) return asked;
    const id = await store.use((r) => resolveRunId(r, asked, param));
    if (id === asked) {
      if (knownRuns.size >= KNOWN_RUNS) knownRuns.delete(knownRuns.values().next().value as string);
      knownRuns.add(id);
    }
    return id;
  };
  const cache = createAnswerCache(64, 30_000);
  const firstWindows = createAnswerCache(16, Number.POSITIVE_INFINITY);
  const detailsOf = (id: string) => cache.get(`run/${id}`, () => store.use((r) => runDetails(r, id)));
  const seriesOf = (id: string, days: number) => cache.get(`series/${id}`, () => store.use((r) => readRunSeries(r, id, days)));
  const locationOf = (id: string, name: string, net: RunNetwork, details: RunDetails) =>
    cache.get(`location/${id}/${name}`, () => store.use((r) => readLocationSeries(r, net, details.days, name, details.replicaRunIds)));
  const networkOf = async (id: string) => {
    const [net, details] = await Promise.all([store.network(id), detailsOf(id)]);
    void locationOf(id, net.names[net.busiest], net, details).catch(() => undefined);
    return { net, details };
  };
  const readAhead = (id: string) => void networkOf(id).catch(() => undefined);
  return { runOf, detailsOf, seriesOf, locationOf, networkOf, readAhead, firstWindows };
}

/**
 * The server's read-only views of the store: two DuckDB readers (the machine's cores), each
 * running one query at a time; a request goes to the reader with the shorter queue, so a slow
 * query (a location over every day) does not hold up the day windows. An empty store is looked
 * at again on the next request, so runs stored after the server started appear. Networks are kept
 * for the few runs looked at last.
 */
import { RequestGone } from './badRequest.js';
import { readRunNetwork } from './runNetwork.js';
import type { RunNetwork } from './runNetwork.js';
import { openStoreReader } from '../store/storeReader.js';
import type { StoreReader } from '../store/storeReader.js';

const READERS = 2;
const CACHED_NETWORKS = 4;

export interface StoreAccess {
  readonly dir: string;
  /**
   * Runs `work` with a reader, after the earlier work queued on that reader has finished; work
   * whose `cancelled` signal has fired by then (its client went away) is skipped with a
   * RequestGone error.
   */
  use<T>(work: (reader: StoreReader) => Promise<T>, cancelled?: AbortSignal): Promise<T>;
  network(runId: string): Promise<RunNetwork>;
  /** The network when it has already been read (and is still kept), without waiting. */
  loadedNetwork(runId: string): RunNetwork | undefined;
  /**
   * Refuses new work, waits for the work queued or running on each reader, then closes the
   * readers (closing DuckDB under a running query crashes the process).
   */
  close(): Promise<void>;
}

interface Lane {
  reader: StoreReader | undefined;
  queue: Promise<unknown>;
  waiting: number;
}

export function openStoreAccess(dir: string): StoreAccess {
  const lanes: Lane[] = Array.from({ length: READERS }, () => ({ reader: undefined, queue: Promise.resolve(), waiting: 0 }));
  /** The networks kept, newest use last: the read in progress, and the network once it is read. */
  const networks = new Map<string, { reading: Promise<RunNetwork>; net?: RunNetwork }>();
  let closing = false;

  const current = async (lane: Lane): Promise<StoreReader> => {
    if (lane.reader !== undefined && !lane.reader.empty) return lane.reader;
    lane.reader?.close();
    lane.reader = await openStoreReader(dir);
    return lane.reader;
  };

  const use = <T>(work: (r: StoreReader) => Promise<T>, cancelled?: AbortSignal): Promise<T> => {
    if (closing) return Promise.reject(new Error('the results store is closed'));
    const lane = lanes.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    lane.waiting++;
    const next = lane.queue.then(async () => {
      if (cancelled?.aborted === true) throw new RequestGone();
      return work(await current(lane));
    });
    lane.queue = next.catch(() => undefined).finally(() => lane.waiting--);
    return next;
  };

  return {
    dir,
    use,
    network: (runId) => {
      let found = networks.get(runId);
      if (found === undefined) {
        const entry: { reading: Promise<RunNetwork>; net?: RunNetwork } = { reading: readRunNetwork(use, runId) };
        entry.reading.then(
          (net) => (entry.net = net),
          () => networks.get(runId) === entry && networks.delete(runId),
        );
        found = entry;
        if (networks.size >= CACHED_NETWORKS) networks.delete(networks.keys().next().value as string);
      } else networks.delete(runId);
      networks.set(runId, found);
      return found.reading;
    },
    loadedNetwork: (runId) => networks.get(runId)?.net,
    close: async () => {
      closing = true;
      await Promise.all(lanes.map((l) => l.queue));
      for (const l of lanes) l.reader?.close();
    },
  };
}

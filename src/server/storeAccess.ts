/**
 * The server's read-only views of the store: two DuckDB readers (the machine's cores), each
 * running one query at a time; a request goes to the reader with the shorter queue, so a slow
 * query (a location over every day) does not hold up the day windows. An empty store is looked
 * at again on the next request, so runs stored after the server started appear. Networks are kept
 * for the few runs looked at last.
 */
import { readRunNetwork } from './runNetwork.js';
import type { RunNetwork } from './runNetwork.js';
import { openStoreReader } from '../store/storeReader.js';
import type { StoreReader } from '../store/storeReader.js';

const READERS = 2;
const CACHED_NETWORKS = 4;

export interface StoreAccess {
  readonly dir: string;
  /** Runs `work` with a reader, after the earlier work queued on that reader has finished. */
  use<T>(work: (reader: StoreReader) => Promise<T>): Promise<T>;
  network(runId: string): Promise<RunNetwork>;
  close(): void;
}

interface Lane {
  reader: StoreReader | undefined;
  queue: Promise<unknown>;
  waiting: number;
}

export function openStoreAccess(dir: string): StoreAccess {
  const lanes: Lane[] = Array.from({ length: READERS }, () => ({ reader: undefined, queue: Promise.resolve(), waiting: 0 }));
  const networks = new Map<string, Promise<RunNetwork>>();

  const current = async (lane: Lane): Promise<StoreReader> => {
    if (lane.reader !== undefined && !lane.reader.empty) return lane.reader;
    lane.reader?.close();
    lane.reader = await openStoreReader(dir);
    return lane.reader;
  };

  const use = <T>(work: (r: StoreReader) => Promise<T>): Promise<T> => {
    const lane = lanes.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    lane.waiting++;
    const next = lane.queue.then(async () => work(await current(lane)));
    lane.queue = next.catch(() => undefined).finally(() => lane.waiting--);
    return next;
  };

  return {
    dir,
    use,
    network: (runId) => {
      let found = networks.get(runId);
      if (found === undefined) {
        found = readRunNetwork(use, runId);
        void found.catch(() => networks.delete(runId));
        networks.set(runId, found);
        if (networks.size > CACHED_NETWORKS) networks.delete(networks.keys().next().value as string);
      } else {
        networks.delete(runId);
        networks.set(runId, found);
      }
      return found;
    },
    close: () => lanes.forEach((l) => l.reader?.close()),
  };
}

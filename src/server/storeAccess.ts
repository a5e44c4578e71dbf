/**
 * The server's one read-only view of the store. Queries run one at a time on its DuckDB
 * connection; an empty store is looked at again on the next request, so runs stored after the
 * server started appear. Networks are kept for the few runs looked at last.
 */
import { readRunNetwork } from './runNetwork.js';
import type { RunNetwork } from './runNetwork.js';
import { openStoreReader } from '../store/storeReader.js';
import type { StoreReader } from '../store/storeReader.js';

const CACHED_NETWORKS = 4;

export interface StoreAccess {
  readonly dir: string;
  /** Runs `work` with the reader, after every earlier piece of work has finished. */
  use<T>(work: (reader: StoreReader) => Promise<T>): Promise<T>;
  network(runId: string): Promise<RunNetwork>;
  close(): void;
}

export function openStoreAccess(dir: string): StoreAccess {
  let reader: StoreReader | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const networks = new Map<string, Promise<RunNetwork>>();

  const current = async (): Promise<StoreReader> => {
    if (reader !== undefined && !reader.empty) return reader;
    reader?.close();
    reader = await openStoreReader(dir);
    return reader;
  };

  const use = <T>(work: (r: StoreReader) => Promise<T>): Promise<T> => {
    const next = queue.then(async () => work(await current()));
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    dir,
    use,
    network: (runId) => {
      let found = networks.get(runId);
      if (found === undefined) {
        found = use((r) => readRunNetwork(r, runId));
        void found.catch(() => networks.delete(runId));
        networks.set(runId, found);
        if (networks.size > CACHED_NETWORKS) networks.delete(networks.keys().next().value as string);
      } else {
        networks.delete(runId);
        networks.set(runId, found);
      }
      return found;
    },
    close: () => reader?.close(),
  };
}

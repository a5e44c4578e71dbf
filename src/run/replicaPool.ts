/**
 * Runs replicas on a pool of worker threads (one replica per task), or in this thread when one
 * worker is asked for. Results come back in replica order whatever the completion order.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { runReplica } from './runReplica.js';
import type { ReplicaResult } from './runReplica.js';
import type { ReplicaJob } from './replicaWorker.js';
import { InputError } from '../errors.js';
import { replicaSeed, plannedRunAgents } from '../engine/index.js';
import { checkRunInputs } from '../scenario/runChecks.js';
import { runPartitioned } from './parallelRun.js';
import { startWorker } from './startWorker.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

export interface PoolOptions {
  readonly replicas: number;
  readonly threads: number;
  readonly seed: number;
  readonly days: number | undefined;
  /** Called with (days completed over all replicas). */
  readonly onProgress?: (daysDone: number) => void;
  /** Smallest run (agents created) split over threads; default MIN_AGENTS_TO_SPLIT. */
  readonly minAgentsToSplit?: number;
}

/** Below this many agents a single replica runs on one thread (synchronisation would cost more than it saves). */
export const MIN_AGENTS_TO_SPLIT = 150_000;

type WorkerMessage =
  | { kind: 'progress'; replica: number; day: number }
  | { kind: 'done'; result: ReplicaResult }
  | { kind: 'error'; message: string; input: boolean };

export async function runReplicas(scenario: Scenario, settings: Settings, o: PoolOptions): Promise<ReplicaResult[]> {
  const seeds = Array.from({ length: o.replicas }, (_, k) => replicaSeed(o.seed, k));
  if (o.replicas === 1 && o.threads > 1) {
    // One replica: split its agents over the threads, when the run's size is known in advance
    // and large enough for the synchronisation to pay (or when asked to, for tests).
    const days = o.days ?? scenario.days;
    checkRunInputs(scenario, settings, days);
    const planned = plannedRunAgents(scenario, settings, days);
    if (planned !== undefined && (planned >= (o.minAgentsToSplit ?? MIN_AGENTS_TO_SPLIT))) {
      let done = 0;
      return [await runPartitioned(scenario, settings, 0, seeds[0], days, o.threads, planned, () => o.onProgress?.((done += 10))) ];
    }
  }
  const workers = Math.max(1, Math.min(o.threads, o.replicas));
  if (workers === 1) {
    const out: ReplicaResult[] = [];
    let done = 0;
    for (let k = 0; k < o.replicas; k++) {
      out.push(runReplica(scenario, settings, k, seeds[k], o.days, () => o.onProgress?.(++done)));
    }
    return out;
  }
  const here = fileURLToPath(import.meta.url);
  const workerUrl = new URL(`./replicaWorker${extname(here)}`, import.meta.url);
  const results: ReplicaResult[] = new Array<ReplicaResult>(o.replicas);
  const progress = new Array<number>(o.replicas).fill(0);
  let next = 0;
  const report = (): void => o.onProgress?.(progress.reduce((a, b) => a + b, 0));
  const runOn = (w: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const send = (): void => {
        if (next >= o.replicas) {
          resolve();
          return;
        }
        const k = next++;
        const job: ReplicaJob = { scenario, settings, replica: k, seed: seeds[k], days: o.days };
        w.postMessage(job);
      };
      w.on('message', (m: WorkerMessage) => {
        if (m.kind === 'progress') {
          progress[m.replica] = m.day + 1;
          report();
        } else if (m.kind === 'done') {
          results[m.result.replica] = m.result;
          progress[m.result.replica] = m.result.record.days;
          report();
          send();
        } else {
          reject(m.input ? new InputError(m.message) : new Error(m.message));
        }
      });
      w.on('error', reject);
      send();
    });
  const pool = Array.from({ length: workers }, () => startWorker(workerUrl));
  try {
    await Promise.all(pool.map(runOn));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

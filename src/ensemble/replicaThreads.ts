/**
 * A pool of worker threads that run single replicas (the `replicaWorker` of `corridor run`),
 * kept alive across tasks. Tasks queue up and go to the first idle thread; each task's promise
 * settles with its own result, whatever order they finish in.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../run/startWorker.js';
import type { ReplicaResult } from '../run/runReplica.js';
import type { ReplicaJob } from '../run/replicaWorker.js';
import { InputError } from '../errors.js';

type WorkerMessage =
  | { kind: 'progress'; replica: number; day: number }
  | { kind: 'done'; result: ReplicaResult }
  | { kind: 'error'; message: string; input: boolean };

interface Pending {
  readonly job: ReplicaJob;
  readonly onDay: ((day: number) => void) | undefined;
  resolve(r: ReplicaResult): void;
  reject(e: Error): void;
}

export interface ReplicaThreads {
  readonly size: number;
  /** Runs one replica on the next idle thread. `onDay` hears every tenth day. */
  run(job: ReplicaJob, onDay?: (day: number) => void): Promise<ReplicaResult>;
  close(): Promise<void>;
}

/** The replica worker beside this code: the .ts source under tsx, the bundle's .mjs otherwise. */
function replicaWorkerUrl(): URL {
  const ext = extname(fileURLToPath(import.meta.url));
  return ext === '.ts' ? new URL('../run/replicaWorker.ts', import.meta.url) : new URL(`./replicaWorker${ext}`, import.meta.url);
}

export function startReplicaThreads(size: number): ReplicaThreads {
  const url = replicaWorkerUrl();
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const current = new Map<Worker, Pending>();
  let failure: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const w = idle.pop()!;
      const task = queue.shift()!;
      current.set(w, task);
      w.postMessage(task.job);
    }
  };
  const finish = (w: Worker): Pending | undefined => {
    const task = current.get(w);
    current.delete(w);
    idle.push(w);
    return task;
  };
  const workers = Array.from({ length: size }, () => {
    const w = startWorker(url);
    w.on('message', (m: WorkerMessage) => {
      if (m.kind === 'progress') current.get(w)?.onDay?.(m.day);
      else if (m.kind === 'done') finish(w)?.resolve(m.result);
      else finish(w)?.reject(m.input ? new InputError(m.message) : new Error(m.message));
      dispatch();
    });
    w.on('error', (e: Error) => {
      // A thread that crashed cannot be trusted with more work: fail everything still waiting.
      failure = e;
      current.get(w)?.reject(e);
      current.delete(w);
      for (const t of queue.splice(0)) t.reject(e);
    });
    idle.push(w);
    return w;
  });

  return {
    size,
    run: (job, onDay) =>
      new Promise<ReplicaResult>((resolve, reject) => {
        if (failure !== undefined) {
          reject(failure);
          return;
        }
        queue.push({ job, onDay, resolve, reject });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

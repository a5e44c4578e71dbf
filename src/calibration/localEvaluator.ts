/**
 * SimulationEvaluator on this machine: `threads` worker threads (started once, reused for every
 * batch), or this thread when one is asked for. Outcomes come back in request order whatever the
 * completion order, so results do not depend on the thread count.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { EvaluateOptions, SimulationEvaluator, SimulationOutcome, SimulationRequest } from './evaluator.js';
import { runSimulationTask, type SimulationSetup } from './simulationTask.js';
import type { WorkerInput } from './simulationWorker.js';
import { startWorker } from '../run/startWorker.js';
import { InputError } from '../errors.js';

type WorkerOutput =
  | { kind: 'done'; index: number; outcome: SimulationOutcome }
  | { kind: 'error'; index: number; message: string; input: boolean };

export function createLocalEvaluator(setup: SimulationSetup, threads: number): SimulationEvaluator {
  if (threads <= 1) {
    return {
      parallelism: 1,
      evaluate: (requests, options) => Promise.resolve(requests.map((r) => runSimulationTask(setup, r, options))),
      close: () => Promise.resolve(),
    };
  }
  let pool: Worker[] | undefined;
  const workers = (): Worker[] => {
    if (pool !== undefined) return pool;
    const here = fileURLToPath(import.meta.url);
    const url = new URL(`./simulationWorker${extname(here)}`, import.meta.url);
    pool = Array.from({ length: threads }, () => {
      const w = startWorker(url);
      w.postMessage({ kind: 'setup', setup } satisfies WorkerInput);
      return w;
    });
    return pool;
  };
  return {
    parallelism: threads,
    async evaluate(requests: readonly SimulationRequest[], options: EvaluateOptions = {}): Promise<SimulationOutcome[]> {
      const results = new Array<SimulationOutcome>(requests.length);
      let next = 0;
      const runOn = (w: Worker): Promise<void> =>
        new Promise((resolve, reject) => {
          const send = (): void => {
            if (next >= requests.length) {
              w.off('message', onMessage);
              w.off('error', onError);
              resolve();
              return;
            }
            const index = next++;
            w.postMessage({ kind: 'run', index, request: requests[index], options } satisfies WorkerInput);
          };
          const onMessage = (m: WorkerOutput): void => {
            if (m.kind === 'done') {
              results[m.index] = m.outcome;
              send();
            } else {
              w.off('message', onMessage);
              w.off('error', onError);
              reject(m.input ? new InputError(m.message) : new Error(m.message));
            }
          };
          const onError = (e: Error): void => reject(e);
          w.on('message', onMessage);
          w.on('error', onError);
          send();
        });
      await Promise.all(workers().map(runOn));
      return results;
    },
    async close(): Promise<void> {
      if (pool !== undefined) await Promise.all(pool.map((w) => w.terminate()));
      pool = undefined;
    },
  };
}

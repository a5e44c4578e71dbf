/**
 * Worker-thread entry of the local evaluator: receives the SimulationSetup once, then batches of
 * requests, and posts each outcome back with its index.
 */
import { parentPort } from 'node:worker_threads';
import type { EvaluateOptions, SimulationRequest } from './evaluator.js';
import { runSimulationTask, type SimulationSetup } from './simulationTask.js';

export type WorkerInput =
  | { readonly kind: 'setup'; readonly setup: SimulationSetup }
  | { readonly kind: 'run'; readonly index: number; readonly request: SimulationRequest; readonly options: EvaluateOptions };

let setup: SimulationSetup | undefined;

parentPort?.on('message', (m: WorkerInput) => {
  if (m.kind === 'setup') {
    setup = m.setup;
    return;
  }
  try {
    if (setup === undefined) throw new Error('simulation worker: run before setup');
    const outcome = runSimulationTask(setup, m.request, m.options);
    parentPort?.postMessage({ kind: 'done', index: m.index, outcome });
  } catch (e) {
    parentPort?.postMessage({ kind: 'error', index: m.index, message: e instanceof Error ? e.message : String(e), input: e instanceof Error && e.name === 'InputError' });
  }
});

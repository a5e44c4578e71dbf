/**
 * Worker-thread entry: runs the replicas it is sent and posts each result back. Input files are
 * read once by the main thread; the worker gets the Scenario and Settings values.
 */
import { parentPort } from 'node:worker_threads';
import { runReplica } from './runReplica.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

export interface ReplicaJob {
  readonly scenario: Scenario;
  readonly settings: Settings;
  readonly replica: number;
  readonly seed: number;
  readonly days: number | undefined;
}

parentPort?.on('message', (job: ReplicaJob) => {
  try {
    const result = runReplica(job.scenario, job.settings, job.replica, job.seed, job.days, (day) => {
      if (day % 10 === 0) parentPort?.postMessage({ kind: 'progress', replica: job.replica, day });
    });
    parentPort?.postMessage({ kind: 'done', result });
  } catch (e) {
    parentPort?.postMessage({ kind: 'error', message: e instanceof Error ? e.message : String(e), input: e instanceof Error && e.name === 'InputError' });
  }
});

/**
 * Worker-thread entry for one partition of a run split over threads (see parallelRun.ts).
 */
import { parentPort } from 'node:worker_threads';
import { partitionSynchronizer, AbortedError } from './threadSync.js';
import type { SyncBuffers } from './threadSync.js';
import { createRecordedSimulation } from './recordedSimulation.js';
import type { AgentBuffers } from '../engine/index.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

export interface PartitionJob {
  readonly scenario: Scenario;
  readonly settings: Settings;
  readonly seed: number;
  readonly days: number;
  readonly index: number;
  readonly count: number;
  readonly agentBuffers: AgentBuffers;
  readonly sync: SyncBuffers;
}

parentPort?.once('message', (job: PartitionJob) => {
  try {
    const sim = createRecordedSimulation(job.scenario, job.settings, {
      seed: job.seed,
      days: job.days,
      partition: { index: job.index, count: job.count, agentBuffers: job.agentBuffers, synchronize: partitionSynchronizer(job.sync, job.index) },
    });
    const record = sim.run((day) => {
      if (job.index === 0 && day % 10 === 0) parentPort?.postMessage({ kind: 'progress', day });
    });
    parentPort?.postMessage({ kind: 'done', index: job.index, record: job.index === 0 ? record : undefined, warnings: job.index === 0 ? sim.state.warnings : [] });
  } catch (e) {
    if (e instanceof AbortedError) {
      parentPort?.postMessage({ kind: 'aborted' });
      return;
    }
    parentPort?.postMessage({ kind: 'error', message: e instanceof Error ? e.message : String(e), input: e instanceof Error && e.name === 'InputError' });
  }
});

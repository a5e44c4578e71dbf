/**
 * One replica split over `threads` worker threads: agent columns on shared memory, one partition
 * per thread (engine/partition.ts). The main thread only waits, so that a failing thread can wake
 * the others instead of leaving them at a barrier.
 */
import { startWorker } from './startWorker.js';
import type { ReplicaResult } from './runReplica.js';
import { abortRun, createSyncBuffers } from './threadSync.js';
import type { PartitionJob } from './partitionWorker.js';
import { InputError } from '../errors.js';
import { createAgentBuffers } from '../engine/index.js';
import type { RunRecord } from '../recorders/types.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

type PartitionMessage =
  | { kind: 'progress'; day: number }
  | { kind: 'done'; index: number; record: RunRecord | undefined; warnings: string[] }
  | { kind: 'aborted' }
  | { kind: 'error'; message: string; input: boolean };

export async function runPartitioned(
  scenario: Scenario,
  settings: Settings,
  replica: number,
  seed: number,
  days: number,
  threads: number,
  capacity: number,
  onDay?: (day: number) => void,
): Promise<ReplicaResult> {
  const started = process.hrtime.bigint();
  const agentBuffers = createAgentBuffers(capacity);
  const sync = createSyncBuffers(threads, scenario.locations.length);
  const workers = Array.from({ length: threads }, () => startWorker(new URL(`./partitionWorker${moduleExtension()}`, import.meta.url)));
  let record: RunRecord | undefined;
  let warnings: string[] = [];
  let failure: Error | undefined;
  try {
    await Promise.all(
      workers.map(
        (w, index) =>
          new Promise<void>((resolve) => {
            w.on('message', (m: PartitionMessage) => {
              if (m.kind === 'progress') onDay?.(m.day);
              else if (m.kind === 'done') {
                if (m.record !== undefined) record = m.record;
                warnings = warnings.concat(m.warnings);
                resolve();
              } else if (m.kind === 'aborted') resolve();
              else {
                failure ??= m.input ? new InputError(m.message) : new Error(m.message);
                abortRun(sync);
                resolve();
              }
            });
            w.on('error', (e) => {
              failure ??= e;
              abortRun(sync);
              resolve();
            });
            const job: PartitionJob = { scenario, settings, seed, days, index, count: threads, agentBuffers, sync };
            w.postMessage(job);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure !== undefined) throw failure;
  if (record === undefined) throw new Error('the partitioned run ended without a record');
  return { replica, seed, record, wallSeconds: Number(process.hrtime.bigint() - started) / 1e9, warnings };
}

function moduleExtension(): string {
  return import.meta.url.endsWith('.ts') ? '.ts' : import.meta.url.endsWith('.mjs') ? '.mjs' : '.js';
}

/**
 * Runs an ensemble's pending tasks (on the scenario of each task's point) on a pool of worker threads in this process. Finished replicas
 * are stored in groups (every `storeEvery` replicas or two seconds, and at the end), so a long
 * ensemble that is interrupted keeps what it has stored, and the store gets few partitions.
 */
import { startReplicaThreads } from './replicaThreads.js';
import { codeVersion } from '../store/codeVersion.js';
import { thisProcess } from '../store/storedRun.js';
import type { CompletedReplica, ExecutionHooks } from './completedReplica.js';
import type { EnsemblePlan, ReplicaTask } from './ensemblePlan.js';
import type { Scenario } from '../domain/scenario.js';

export interface LocalOptions {
  readonly threads: number;
  readonly storeEvery?: number;
}

const FLUSH_MS = 2000;

export async function runLocally(scenarios: readonly Scenario[], plan: EnsemblePlan, tasks: readonly ReplicaTask[], o: LocalOptions, hooks: ExecutionHooks): Promise<void> {
  if (tasks.length === 0) return;
  const storeEvery = o.storeEvery ?? 25;
  const pool = startReplicaThreads(Math.max(1, Math.min(o.threads, tasks.length)));
  const daysDone = new Array<number>(tasks.length).fill(0);
  const report = (): void => hooks.progress(daysDone.reduce((a, b) => a + b, 0));
  const host = thisProcess();
  const version = codeVersion();
  let buffer: CompletedReplica[] = [];
  let lastFlush = Date.now();
  let chain: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    const batch = buffer;
    buffer = [];
    lastFlush = Date.now();
    if (batch.length > 0) chain = chain.then(() => hooks.store(batch));
    return chain;
  };
  try {
    await Promise.all(
      tasks.map(async (task, i) => {
        const job = { scenario: scenarios[task.point], settings: plan.points[task.point].settings, replica: task.replica, seed: task.seed, days: plan.days };
        const r = await pool.run(job, (day) => {
          daysDone[i] = day + 1;
          report();
        });
        buffer.push({ task, record: r.record, wallSeconds: r.wallSeconds, startedAt: new Date(Date.now() - r.wallSeconds * 1000), host, codeVersion: version, warnings: r.warnings });
        if (buffer.length >= storeEvery || Date.now() - lastFlush >= FLUSH_MS) await flush();
        daysDone[i] = plan.days;
        report();
      }),
    );
    await flush();
  } catch (e) {
    await chain.catch(() => undefined); // let a commit in progress finish before the store closes
    throw e;
  } finally {
    await pool.close();
  }
}

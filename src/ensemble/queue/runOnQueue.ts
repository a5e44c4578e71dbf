/**
 * Runs an ensemble's pending tasks through BullMQ: batches go on the queue, any number of
 * `corridor worker` processes (on any machines) take them, and each finished batch's results come
 * back here, where they are stored, one partition per batch. A worker that dies mid-batch loses its
 * job lock; BullMQ's stalled-job check puts the job back and another worker runs it. A batch's
 * results only arrive once, with its completion, and the store skips run ids it already has, so no
 * replica is lost or stored twice.
 */
import { Job, Queue, QueueEvents } from 'bullmq';
import { INPUT_FAILURE, JOB_NAME, makeBatches } from './batchJob.js';
import type { BatchJobData, BatchJobResult } from './batchJob.js';
import { decodeRecord } from './recordCodec.js';
import { openRedis } from './redisTarget.js';
import type { RedisTarget } from './redisTarget.js';
import { publishScenario } from './scenarioShipping.js';
import type { CompletedReplica, ExecutionHooks } from '../completedReplica.js';
import type { EnsemblePlan, ReplicaTask } from '../ensemblePlan.js';
import { InputError } from '../../errors.js';
import type { ScenarioFiles } from '../../store/scenarioFiles.js';

export interface QueueRunOptions {
  readonly target: RedisTarget;
  readonly queueName: string;
  readonly batchSize: number;
  readonly files: ScenarioFiles;
  readonly log: (line: string) => void;
}

const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'fixed', delay: 1000 },
  removeOnComplete: { age: 3600 },
  removeOnFail: { age: 24 * 3600 },
} as const;

export async function runOnQueue(plan: EnsemblePlan, tasks: readonly ReplicaTask[], o: QueueRunOptions, hooks: ExecutionHooks): Promise<void> {
  if (tasks.length === 0) return;
  const redis = openRedis(o.target);
  const queue = new Queue<BatchJobData, BatchJobResult>(o.queueName, { connection: o.target.options });
  const events = new QueueEvents(o.queueName, { connection: o.target.options });
  queue.on('error', () => undefined);
  events.on('error', () => undefined);
  let chain: Promise<void> = Promise.resolve();
  try {
    await events.waitUntilReady();
    await publishScenario(redis, o.files);
    const batches = makeBatches(plan, tasks, o.batchSize);
    const sizes = new Map(batches.map((b) => [b.id, b.data.tasks.length]));
    const taskById = new Map(tasks.map((t) => [t.runId, t]));
    const replicasDone = new Map<string, number>();
    const report = (): void => hooks.progress([...replicasDone.values()].reduce((a, b) => a + b, 0) * plan.days);
    events.on('progress', ({ jobId, data }) => {
      if (sizes.has(jobId) && typeof data === 'number') {
        replicasDone.set(jobId, Math.max(replicasDone.get(jobId) ?? 0, data));
        report();
      }
    });
    for (const b of batches) {
      // A batch that failed before (e.g. on bad input since fixed) is cleared, so it can run again.
      const old = await Job.fromId<BatchJobData, BatchJobResult>(queue, b.id);
      if (old !== undefined && (await old.isFailed())) await old.remove();
    }
    const jobs = await queue.addBulk(batches.map((b) => ({ name: JOB_NAME, data: b.data, opts: { ...JOB_OPTIONS, jobId: b.id } })));
    const workers = await queue.getWorkersCount();
    o.log(
      `queued ${tasks.length} replicas in ${jobs.length} jobs on ${o.target.display} (queue "${o.queueName}"); ${workers} worker(s) connected` +
        (workers === 0 ? `; start workers with: corridor worker --queue ${o.target.display}` : ''),
    );
    await Promise.all(
      jobs.map(async (job) => {
        const id = job.id ?? '';
        let result: BatchJobResult;
        try {
          result = await job.waitUntilFinished(events);
        } catch (e) {
          throw failure(id, e);
        }
        const done = decodeBatch(id, result, taskById);
        chain = chain.then(() => hooks.store(done));
        await chain;
        replicasDone.set(id, sizes.get(id) ?? 0);
        report();
        await job.remove().catch(() => undefined);
      }),
    );
  } catch (e) {
    await chain.catch(() => undefined); // let a commit in progress finish before the store closes
    throw e;
  } finally {
    await events.close().catch(() => undefined);
    await queue.close().catch(() => undefined);
    redis.disconnect();
  }
}

function decodeBatch(jobId: string, result: BatchJobResult, taskById: ReadonlyMap<string, ReplicaTask>): CompletedReplica[] {
  return result.replicas.map((r) => {
    const task = taskById.get(r.runId);
    if (task === undefined) throw new Error(`job ${jobId} returned run ${r.runId}, which this ensemble did not ask for`);
    return { task, record: decodeRecord(r.record), wallSeconds: r.wallSeconds, startedAt: new Date(r.startedAt), host: result.host, codeVersion: result.codeVersion, warnings: r.warnings };
  });
}

function failure(jobId: string, e: unknown): Error {
  const reason = e instanceof Error ? e.message : String(e);
  if (reason.startsWith(INPUT_FAILURE)) return new InputError(reason.slice(INPUT_FAILURE.length));
  return new Error(`job ${jobId} failed on the queue: ${reason}`);
}

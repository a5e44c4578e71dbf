/**
 * Runs an ensemble's pending tasks through BullMQ: batches go on the queue, any number of
 * `corridor worker` processes (on any machines) take them, and each finished batch's results come
 * back here, where they are stored, one partition per batch. A worker that dies mid-batch loses its
 * job lock; BullMQ's stalled-job check puts the job back and another worker runs it. A Redis that
 * loses its data or stops answering is noticed by the submission's watch (submissionWatch.ts),
 * which submits lost jobs again or ends the run with an error. A batch's results only arrive once,
 * with its completion, and the store skips run ids it already has, so no replica is lost or stored
 * twice.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Job, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { INPUT_FAILURE, JOB_NAME, makeBatches } from './batchJob.js';
import type { Batch, BatchJobData, BatchJobResult } from './batchJob.js';
import { trackJobOutcomes } from './jobOutcomes.js';
import type { JobOutcomes } from './jobOutcomes.js';
import { decodeRecord } from './recordCodec.js';
import { openProbe, openRedis } from './redisTarget.js';
import type { RedisTarget } from './redisTarget.js';
import { publishScenario, scenarioKey } from './scenarioShipping.js';
import { DEFAULT_QUEUE_WATCH, watchSubmission } from './submissionWatch.js';
import type { QueueWatchSettings } from './submissionWatch.js';
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
  /** How the submitter watches its jobs in Redis (default DEFAULT_QUEUE_WATCH). */
  readonly watch?: QueueWatchSettings;
}

const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'fixed', delay: 1000 },
  removeOnComplete: { age: 3600 },
  removeOnFail: { age: 24 * 3600 },
} as const;

/** The connections of one submission. */
interface Link {
  readonly redis: Redis;
  readonly probe: Redis;
  readonly queue: Queue<BatchJobData, BatchJobResult>;
  readonly events: QueueEvents;
}

export async function runOnQueue(plan: EnsemblePlan, tasks: readonly ReplicaTask[], o: QueueRunOptions, hooks: ExecutionHooks): Promise<void> {
  if (tasks.length === 0) return;
  const settings = o.watch ?? DEFAULT_QUEUE_WATCH;
  const link: Link = {
    redis: openRedis(o.target),
    probe: openProbe(o.target, Math.max(1000, settings.checkSeconds * 1000)),
    queue: new Queue<BatchJobData, BatchJobResult>(o.queueName, { connection: o.target.options }),
    events: new QueueEvents(o.queueName, { connection: o.target.options }),
  };
  link.queue.on('error', () => undefined);
  link.events.on('error', () => undefined);
  const batches = makeBatches(plan, tasks, o.batchSize);
  const outcomes = trackJobOutcomes(link.events, batches.map((b) => b.id));
  let submitted = false;
  const watch = watchSubmission(
    {
      display: o.target.display,
      probe: link.probe,
      submitted: () => submitted,
      scenarioKey: scenarioKey(o.files.hash),
      jobKey: (id) => link.queue.toKey(id),
      outstanding: () => outcomes.outstanding(),
      republish: () => publishScenario(link.redis, o.files),
      resubmit: (ids) => addBatches(link.queue, batches.filter((b) => ids.includes(b.id))),
      collect: (id) => collectFinished(link.queue, id, outcomes),
      log: o.log,
    },
    settings,
  );
  let chain: Promise<void> = Promise.resolve();
  let graceful = false;
  const storeInOrder = (done: readonly CompletedReplica[]): Promise<void> => (chain = chain.then(() => hooks.store(done)));
  try {
    await Promise.race([watch.failed, submitAndCollect()]);
    graceful = true;
  } catch (e) {
    await chain.catch(() => undefined); // let a commit in progress finish before the store closes
    throw e;
  } finally {
    watch.stop();
    await closeLink(link, graceful);
  }

  async function submitAndCollect(): Promise<void> {
    await link.events.waitUntilReady();
    await publishScenario(link.redis, o.files);
    const sizes = new Map(batches.map((b) => [b.id, b.data.tasks.length]));
    const taskById = new Map(tasks.map((t) => [t.runId, t]));
    const replicasDone = new Map<string, number>();
    const report = (): void => hooks.progress([...replicasDone.values()].reduce((a, b) => a + b, 0) * plan.days);
    link.events.on('progress', ({ jobId, data }) => {
      if (sizes.has(jobId) && typeof data === 'number') {
        replicasDone.set(jobId, Math.max(replicasDone.get(jobId) ?? 0, data));
        report();
      }
    });
    for (const b of batches) {
      // A batch that failed before (e.g. on bad input since fixed) is cleared, so it can run again.
      const old = await Job.fromId<BatchJobData, BatchJobResult>(link.queue, b.id);
      if (old !== undefined && (await old.isFailed())) await old.remove();
    }
    await addBatches(link.queue, batches);
    submitted = true;
    const workers = await link.queue.getWorkersCount();
    o.log(
      `queued ${tasks.length} replicas in ${batches.length} jobs on ${o.target.display} (queue "${o.queueName}"); ${workers} worker(s) connected` +
        (workers === 0 ? `; start workers with: corridor worker --queue ${o.target.display}` : ''),
    );
    await watch.checkNow(); // batches finished before (by an earlier submission of the same ensemble)
    await Promise.all(
      batches.map(async ({ id }) => {
        const end = await outcomes.end(id);
        if (!end.ok) throw failure(id, end.reason);
        await storeInOrder(decodeBatch(id, end.result, taskById));
        replicasDone.set(id, sizes.get(id) ?? 0);
        report();
        await link.queue.remove(id).catch(() => undefined);
      }),
    );
  }
}

async function addBatches(queue: Queue<BatchJobData, BatchJobResult>, batches: readonly Batch[]): Promise<void> {
  // A job id already on the queue is left as it is (the job ids come from the batches' run ids).
  await queue.addBulk(batches.map((b) => ({ name: JOB_NAME, data: b.data, opts: { ...JOB_OPTIONS, jobId: b.id } })));
}

/** Settles a job that Redis holds as finished from its stored return value or failure. */
async function collectFinished(queue: Queue<BatchJobData, BatchJobResult>, id: string, outcomes: JobOutcomes): Promise<void> {
  const job = await Job.fromId<BatchJobData, BatchJobResult>(queue, id);
  if (job === undefined || job.finishedOn === undefined) return;
  if (await job.isCompleted()) outcomes.settle(id, { ok: true, result: job.returnvalue });
  else if (await job.isFailed()) outcomes.settle(id, { ok: false, reason: job.failedReason });
}

/**
 * Closes the connections: after a success, gracefully (waiting at most 2 s); after a failure (Redis
 * may be gone), at once, so that the error is reported without delay.
 */
async function closeLink(link: Link, graceful: boolean): Promise<void> {
  if (graceful) {
    const closed = Promise.all([link.events.close(), link.queue.close()]).catch(() => undefined);
    await Promise.race([closed, sleep(2000, undefined, { ref: false })]);
  }
  // Not waited for: with Redis gone, BullMQ's disconnect can take seconds to settle.
  void Promise.all([link.events.disconnect(), link.queue.disconnect()]).catch(() => undefined);
  link.redis.disconnect();
  link.probe.disconnect();
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

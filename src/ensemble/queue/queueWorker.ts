/**
 * `corridor worker`: takes replica batches from the queue and runs them on this machine's threads.
 * It fetches each scenario once (see scenarioShipping.ts), keeps its job lock alive while the
 * threads compute (the main thread stays free), and hands results back through BullMQ. It stops on
 * SIGINT/SIGTERM after its current job (a second signal stops it at once; the job then goes back to
 * the queue when its lock expires), or after `idleExitSeconds` without work.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { INPUT_FAILURE } from './batchJob.js';
import type { BatchJobData, BatchJobResult, EncodedReplica } from './batchJob.js';
import { encodeRecord } from './recordCodec.js';
import { checkRedisReachable, openRedis } from './redisTarget.js';
import type { RedisTarget } from './redisTarget.js';
import { fetchScenario } from './scenarioShipping.js';
import { readEditedScenario } from '../readScenario.js';
import { startReplicaThreads } from '../replicaThreads.js';
import { isInputError } from '../../errors.js';
import { codeVersion } from '../../store/codeVersion.js';
import { thisProcess } from '../../store/storedRun.js';
import type { Scenario } from '../../domain/scenario.js';

export interface QueueWorkerOptions {
  readonly target: RedisTarget;
  readonly queueName: string;
  readonly threads: number;
  /** Job lock: a worker silent this long is presumed dead and its job is retried elsewhere. */
  readonly lockSeconds: number;
  /** Stop after this long without a job (undefined: run until signalled). */
  readonly idleExitSeconds: number | undefined;
  readonly cacheDir: string;
  readonly log: (line: string) => void;
}

export interface WorkerTally {
  readonly jobs: number;
  readonly replicas: number;
}

export async function runQueueWorker(o: QueueWorkerOptions): Promise<WorkerTally> {
  await checkRedisReachable(o.target);
  const redis = openRedis(o.target);
  const pool = startReplicaThreads(o.threads);
  const scenarios = new Map<string, Promise<Scenario>>();
  const me = thisProcess();
  let jobs = 0;
  let replicas = 0;
  let busy = false;
  let lastActive = Date.now();

  const scenarioFor = (hash: string, edits: readonly string[]): Promise<Scenario> => {
    const key = `${hash} ${JSON.stringify(edits)}`;
    let s = scenarios.get(key);
    if (s === undefined) {
      s = fetchScenario(redis, hash, o.cacheDir).then((path) => readEditedScenario(path, edits));
      s.catch(() => scenarios.delete(key));
      scenarios.set(key, s);
    }
    return s;
  };

  const processBatch = async (job: Job<BatchJobData, BatchJobResult>): Promise<BatchJobResult> => {
    busy = true;
    const started = Date.now();
    o.log(`job ${job.id} started: ${job.data.tasks.length} replicas (attempt ${job.attemptsMade + 1})`);
    try {
      const pointScenarios = await Promise.all(job.data.points.map((p) => scenarioFor(job.data.scenarioHash, p.edits)));
      let done = 0;
      const out = await Promise.all(
        job.data.tasks.map(async (t): Promise<EncodedReplica> => {
          const r = await pool.run({ scenario: pointScenarios[t.pointIndex], settings: job.data.points[t.pointIndex].settings, replica: t.replica, seed: t.seed, days: job.data.days });
          await job.updateProgress(++done);
          return { runId: t.runId, wallSeconds: r.wallSeconds, startedAt: new Date(Date.now() - r.wallSeconds * 1000).toISOString(), warnings: r.warnings, record: encodeRecord(r.record) };
        }),
      );
      jobs++;
      replicas += out.length;
      o.log(`job ${job.id} done in ${((Date.now() - started) / 1000).toFixed(2)} s`);
      return { host: me, codeVersion: codeVersion(), replicas: out };
    } catch (e) {
      o.log(`job ${job.id} failed: ${e instanceof Error ? e.message : String(e)}`);
      if (isInputError(e)) throw new UnrecoverableError(INPUT_FAILURE + e.message);
      throw e;
    } finally {
      busy = false;
      lastActive = Date.now();
    }
  };

  const lockMs = Math.round(o.lockSeconds * 1000);
  const worker = new Worker<BatchJobData, BatchJobResult>(o.queueName, processBatch, {
    connection: o.target.options,
    concurrency: 1,
    lockDuration: lockMs,
    stalledInterval: Math.max(500, Math.round(lockMs / 2)),
    maxStalledCount: 5,
  });
  worker.on('error', (e) => o.log(`queue error: ${e.message}`));
  o.log(`worker ${me} waiting for jobs on ${o.target.display} (queue "${o.queueName}", ${o.threads} thread(s))`);

  let idleTimer: NodeJS.Timeout | undefined;
  const stopped = new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (why: string): void => {
      if (idleTimer !== undefined) clearInterval(idleTimer);
      const force = stopping;
      stopping = true;
      if (force) process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      o.log(`worker ${me} stopping (${why}${force ? ', at once' : ', after the current job'})`);
      // A forced stop does not wait for Redis either (it may be the reason for stopping).
      void Promise.race([worker.close(force), ...(force ? [sleep(2000)] : [])]).finally(resolve);
    };
    const onSignal = (signal: NodeJS.Signals): void => stop(signal);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    if (o.idleExitSeconds !== undefined) {
      const idleMs = o.idleExitSeconds * 1000;
      idleTimer = setInterval(() => {
        if (!busy && Date.now() - lastActive >= idleMs) stop(`idle for ${o.idleExitSeconds} s`);
      }, Math.min(1000, idleMs));
    }
  });
  try {
    await stopped;
  } finally {
    await Promise.race([worker.disconnect().catch(() => undefined), sleep(2000)]); // stop reconnecting
    await pool.close();
    redis.disconnect();
  }
  return { jobs, replicas };
}

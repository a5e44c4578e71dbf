/**
 * The submitter's watch over its jobs in Redis. Redis may lose its data while an ensemble runs
 * (FLUSHALL, or a restart without persistence): the jobs waiting there, and the scenario shipped
 * for the workers, are then gone, and no event will ever say so. Every `checkSeconds` the watch
 * asks Redis (on its own connection, which fails fast instead of waiting through reconnections)
 * whether the scenario and each outstanding job are still there:
 * - a missing scenario is shipped again;
 * - a job that vanished is submitted again (replicas are idempotent: the store skips run ids it
 *   has), at most `resubmits` times per job, after which the watch fails with an InputError;
 * - a job found finished is collected (in case its event was missed).
 * When Redis has not answered for `outageSeconds`, the watch fails with an InputError instead of
 * letting the submitter wait forever.
 */
import type { Redis } from 'ioredis';
import { InputError } from '../../errors.js';

export interface QueueWatchSettings {
  /** How often the submitter looks at its jobs in Redis. */
  readonly checkSeconds: number;
  /** Redis silent this long ends the submission with an error. */
  readonly outageSeconds: number;
  /** How many times one job that vanished from Redis is submitted again before giving up. */
  readonly resubmits: number;
}

export const DEFAULT_QUEUE_WATCH: QueueWatchSettings = { checkSeconds: 5, outageSeconds: 60, resubmits: 3 };

/** What the watch needs from the submission it watches. */
export interface WatchedSubmission {
  /** The Redis URL without its password, for messages. */
  readonly display: string;
  /** A connection whose commands fail (rather than wait) while Redis is unreachable. */
  readonly probe: Redis;
  /** False until the scenario is shipped and the jobs are added: until then the watch only pings. */
  submitted(): boolean;
  readonly scenarioKey: string;
  jobKey(id: string): string;
  outstanding(): string[];
  republish(): Promise<void>;
  resubmit(ids: readonly string[]): Promise<void>;
  /** A job found finished: settle it from what Redis holds of it. */
  collect(id: string): Promise<void>;
  readonly log: (line: string) => void;
}

export interface SubmissionWatch {
  /** Rejects with the InputError that ends the submission; never resolves. */
  readonly failed: Promise<never>;
  /** Looks at Redis now (the first look after the jobs are added), then every checkSeconds. */
  checkNow(): Promise<void>;
  stop(): void;
}

const RESUME = 'the replicas stored so far are kept: running the same command again resumes from them';

export function watchSubmission(s: WatchedSubmission, settings: QueueWatchSettings): SubmissionWatch {
  let lastAnswer = Date.now();
  let lastProblem = 'no answer';
  let connectionProblem: string | undefined; // the socket's error, more telling than a refused command's
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const resubmitted = new Map<string, number>();
  let fail: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined); // whoever races it sees the error; nobody else needs to
  s.probe.on('error', (e: Error) => (connectionProblem = e.message));
  s.probe.on('ready', () => (connectionProblem = undefined));

  const outageMs = settings.outageSeconds * 1000;
  const outage = setInterval(() => {
    if (Date.now() - lastAnswer <= outageMs) return;
    fail(new InputError(`lost contact with Redis at ${s.display}: no answer for ${settings.outageSeconds} s (${connectionProblem ?? lastProblem})`, {
      field: '--queue',
      expected: `Redis to answer again within --outage-seconds (${settings.outageSeconds} s); ${RESUME}`,
    }));
  }, Math.max(50, Math.min(1000, outageMs / 4)));

  const vanished = async (ids: readonly string[]): Promise<void> => {
    for (const id of ids) {
      const times = (resubmitted.get(id) ?? 0) + 1;
      resubmitted.set(id, times);
      if (times > settings.resubmits) {
        throw new InputError(`job ${id} vanished from Redis at ${s.display} (lost ${times} time(s); --resubmits allows ${settings.resubmits}): Redis lost its data while the ensemble ran (FLUSHALL, or a restart without persistence)`, {
          field: '--queue',
          expected: `a Redis that keeps its data until the ensemble ends; ${RESUME}`,
        });
      }
    }
    s.log(`${ids.length} job(s) vanished from Redis at ${s.display} (flushed, or restarted without persistence?): submitted again`);
    await s.resubmit(ids);
  };

  const look = async (): Promise<void> => {
    if (!s.submitted()) {
      await s.probe.ping();
      lastAnswer = Date.now();
      return;
    }
    const ids = s.outstanding();
    const pipe = s.probe.pipeline().exists(s.scenarioKey);
    for (const id of ids) pipe.exists(s.jobKey(id)).hget(s.jobKey(id), 'finishedOn');
    const replies = (await pipe.exec()) ?? [];
    const problem = replies.find(([e]) => e !== null)?.[0];
    if (problem) throw problem;
    lastAnswer = Date.now();
    const still = new Set(s.outstanding()); // some may have ended while Redis answered
    if (replies[0][1] === 0) {
      s.log(`the scenario shipped to ${s.display} is gone: shipping it again`);
      await s.republish();
    }
    const lost = ids.filter((id, i) => still.has(id) && replies[1 + 2 * i][1] === 0);
    const finished = ids.filter((id, i) => still.has(id) && replies[2 + 2 * i][1] !== null);
    if (lost.length > 0) await vanished(lost);
    await Promise.all(finished.map((id) => s.collect(id)));
  };

  const lookAndSchedule = async (): Promise<void> => {
    try {
      await look();
    } catch (e) {
      if (e instanceof InputError) fail(e);
      else lastProblem = e instanceof Error ? e.message : String(e);
    }
    if (!stopped) timer = setTimeout(() => void (running = lookAndSchedule()), settings.checkSeconds * 1000);
  };
  timer = setTimeout(() => void (running = lookAndSchedule()), settings.checkSeconds * 1000);

  return {
    failed,
    checkNow: async () => {
      await running;
      if (timer !== undefined) clearTimeout(timer);
      running = lookAndSchedule();
      await running;
    },
    stop: () => {
      stopped = true;
      clearInterval(outage);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

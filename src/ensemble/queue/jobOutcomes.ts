/**
 * How each job of a submission ends, whichever way the news arrives: a QueueEvents event (the
 * usual way), or the submitter's periodic look at Redis (see submissionWatch.ts), which finds jobs
 * that finished while their event was missed (e.g. across a reconnection). The first news of a job
 * wins; later news of it is ignored.
 */
import type { QueueEvents } from 'bullmq';
import type { BatchJobResult } from './batchJob.js';

export type JobEnd = { readonly ok: true; readonly result: BatchJobResult } | { readonly ok: false; readonly reason: string };

export interface JobOutcomes {
  /** Resolves when the job's end is known (never rejects). */
  end(id: string): Promise<JobEnd>;
  settle(id: string, end: JobEnd): void;
  /** Jobs whose end is not known yet. */
  outstanding(): string[];
}

export function trackJobOutcomes(events: QueueEvents, ids: readonly string[]): JobOutcomes {
  const waiting = new Map<string, (end: JobEnd) => void>();
  const ends = new Map<string, Promise<JobEnd>>();
  for (const id of ids) ends.set(id, new Promise<JobEnd>((resolve) => waiting.set(id, resolve)));
  const settle = (id: string, end: JobEnd): void => {
    const resolve = waiting.get(id);
    if (resolve === undefined) return;
    waiting.delete(id);
    resolve(end);
  };
  // QueueEvents parses a completed job's return value from JSON before emitting it.
  events.on('completed', ({ jobId, returnvalue }) => settle(jobId, { ok: true, result: returnvalue as unknown as BatchJobResult }));
  events.on('failed', ({ jobId, failedReason }) => settle(jobId, { ok: false, reason: failedReason }));
  return {
    end: (id) => ends.get(id) ?? Promise.resolve({ ok: false, reason: `job ${id} is not part of this submission` }),
    settle,
    outstanding: () => [...waiting.keys()],
  };
}

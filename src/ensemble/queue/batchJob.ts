/**
 * The queue's unit of work: a batch of replica tasks (so that queue overhead stays small next to
 * sub-second replicas), and what a worker returns for it. A batch's job id is derived from its run
 * ids, so submitting the same batch again finds the existing job instead of adding a second one.
 */
import type { EnsemblePlan, ReplicaTask } from '../ensemblePlan.js';
import { sha256Hex } from '../../store/runKey.js';
import type { Settings } from '../../settings/types.js';

export const JOB_NAME = 'replicas';

/** Failure reasons that start with this are input errors (not retried; exit code 2). */
export const INPUT_FAILURE = 'input error: ';

export interface BatchTask extends ReplicaTask {
  /** Index into BatchJobData.points. */
  readonly pointIndex: number;
}

/** What a worker needs of a sweep point: its settings and its scenario.yml edits. */
export interface BatchPoint {
  readonly settings: Settings;
  readonly edits: readonly string[];
}

export interface BatchJobData {
  readonly version: 1;
  readonly scenarioHash: string;
  readonly days: number;
  readonly points: readonly BatchPoint[];
  readonly tasks: readonly BatchTask[];
}

export interface EncodedReplica {
  readonly runId: string;
  readonly wallSeconds: number;
  /** ISO time the replica started. */
  readonly startedAt: string;
  readonly warnings: readonly string[];
  /** RunRecord through recordCodec. */
  readonly record: unknown;
}

export interface BatchJobResult {
  /** `<hostname>/<pid>` of the worker that ran the batch. */
  readonly host: string;
  /** corridor version of the worker. */
  readonly codeVersion: string;
  readonly replicas: readonly EncodedReplica[];
}

export interface Batch {
  readonly id: string;
  readonly data: BatchJobData;
}

/** Replicas per job when `--batch` is not given: small jobs for small ensembles, at most 16. */
export function defaultBatchSize(pending: number): number {
  return Math.max(1, Math.min(16, Math.ceil(pending / 32)));
}

export function makeBatches(plan: EnsemblePlan, tasks: readonly ReplicaTask[], size: number): Batch[] {
  const batches: Batch[] = [];
  for (let i = 0; i < tasks.length; i += size) {
    const slice = tasks.slice(i, i + size);
    const points = [...new Set(slice.map((t) => t.point))];
    const data: BatchJobData = {
      version: 1,
      scenarioHash: plan.scenarioHash,
      days: plan.days,
      points: points.map((p) => ({ settings: plan.points[p].settings, edits: plan.points[p].edits })),
      tasks: slice.map((t) => ({ ...t, pointIndex: points.indexOf(t.point) })),
    };
    batches.push({ id: `b-${sha256Hex(slice.map((t) => t.runId).join(','), 24)}`, data });
  }
  return batches;
}

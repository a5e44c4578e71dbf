/** A finished replica of an ensemble task, wherever it ran (a local thread or a queue worker). */
import type { ReplicaTask } from './ensemblePlan.js';
import type { RunRecord } from '../recorders/types.js';

export interface CompletedReplica {
  readonly task: ReplicaTask;
  readonly record: RunRecord;
  readonly wallSeconds: number;
  readonly startedAt: Date;
  /** `<hostname>/<pid>` of the process that simulated it. */
  readonly host: string;
  /** Version of corridor that simulated it (see store/codeVersion.ts). */
  readonly codeVersion: string;
  readonly warnings: readonly string[];
}

/** What an executor needs from the command: where finished replicas go, and progress in days. */
export interface ExecutionHooks {
  /** Stores finished replicas; executors wait for it before they count the replicas as done. */
  readonly store: (done: readonly CompletedReplica[]) => Promise<void>;
  /** Days simulated so far over all pending tasks (for the progress bar). */
  readonly progress: (daysDone: number) => void;
}

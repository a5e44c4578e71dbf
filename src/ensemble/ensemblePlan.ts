/**
 * An ensemble as a list of replica tasks: every sweep point × replicas 0..N-1. Replica k uses the
 * seed `corridor run --replicas` gives it (replicaSeed(seed, k)), at every point, so points differ
 * by their settings only (common random numbers). Each task carries its store run id.
 */
import { sha256Hex, runId, settingsHash } from '../store/runKey.js';
import { canonicalJson } from '../store/canonicalJson.js';
import { replicaSeed } from '../engine/index.js';
import type { Settings } from '../settings/types.js';
import type { SweepPoint } from './sweep.js';

export interface ReplicaTask {
  readonly runId: string;
  /** Index into EnsemblePlan.points. */
  readonly point: number;
  readonly replica: number;
  readonly seed: number;
}

export interface PlanPoint extends SweepPoint {
  readonly settings: Settings;
  /** scenario.yml edits of this point (base `--set` and its own values); empty for Flee folders. */
  readonly edits: readonly string[];
}

export interface PlanInput {
  readonly scenarioName: string;
  readonly scenarioPath: string;
  readonly scenarioHash: string;
  readonly days: number;
  readonly replicas: number;
  readonly seed: number;
  readonly points: readonly PlanPoint[];
  /** The corridor that plans and simulates it: part of every run's identity (store/runKey.ts). */
  readonly codeVersion: string;
}

export interface EnsemblePlan extends PlanInput {
  readonly ensembleId: string;
  readonly tasks: readonly ReplicaTask[];
}

export function planEnsemble(p: PlanInput): EnsemblePlan {
  const tasks: ReplicaTask[] = [];
  p.points.forEach((point, index) => {
    for (let k = 0; k < p.replicas; k++) {
      const seed = replicaSeed(p.seed, k);
      tasks.push({ runId: runId({ scenarioHash: p.scenarioHash, settings: point.settings, seed, replica: k, days: p.days, scenarioEdits: point.edits, codeVersion: p.codeVersion }), point: index, replica: k, seed });
    }
  });
  const ensembleId = sha256Hex(
    canonicalJson({ scenario: p.scenarioHash, points: p.points.map((x) => [settingsHash(x.settings), x.edits]), replicas: p.replicas, seed: p.seed, days: p.days, code: p.codeVersion }),
    12,
  );
  return { ...p, ensembleId, tasks };
}

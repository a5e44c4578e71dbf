/**
 * An ensemble (what `corridor ensemble <scenario>` runs): replicas × sweep points, run on local threads or through a
 * queue, every replica stored, then summarised from the store. Inputs (scenario, settings, every
 * `--vary`, the queue's reachability, the store folder) are all checked before anything runs, so
 * bad input changes nothing. Replicas already in the store are not run again: an interrupted
 * ensemble resumes where it stopped.
 */
import { codeVersion } from '../store/codeVersion.js';
import { dirname, join, resolve } from 'node:path';
import type { CompletedReplica } from './completedReplica.js';
import { createEnsembleProgress } from './ensembleProgress.js';
import { planEnsemble } from './ensemblePlan.js';
import type { EnsemblePlan } from './ensemblePlan.js';
import { summariseEnsemble, summaryJson } from './ensembleSummary.js';
import type { EnsembleSummary } from './ensembleSummary.js';
import { defaultBatchSize } from './queue/batchJob.js';
import { checkRedisReachable, parseRedisUrl } from './queue/redisTarget.js';
import { runOnQueue } from './queue/runOnQueue.js';
import type { QueueWatchSettings } from './queue/submissionWatch.js';
import { isCorridorFolder, loadScenarioInputs, scenarioEdits } from './readScenario.js';
import { runLocally } from './runLocally.js';
import { parseVariation, sweepPoints } from './sweep.js';
import { ensureDirSync, writeFileAtomicSync } from '../runFiles/atomicWrite.js';
import { readScenarioFiles, scenarioFolder, storedScenarioPath } from '../store/scenarioFiles.js';
import type { StoredRun } from '../store/storedRun.js';
import { openStoreReader } from '../store/storeReader.js';
import { openStoreWriter } from '../store/storeWriter.js';

export interface EnsembleOptions {
  readonly scenarioPath: string;
  readonly replicas: number;
  readonly vary: readonly string[];
  readonly threads: number;
  readonly queue: string | undefined;
  readonly queueName: string;
  /** How the submitter watches its jobs in Redis (see queue/submissionWatch.ts); default DEFAULT_QUEUE_WATCH. */
  readonly queueWatch?: QueueWatchSettings;
  readonly batch: number | undefined;
  readonly days: number | undefined;
  readonly seed: number;
  readonly settingsFile: string | undefined;
  readonly overrides: readonly string[];
  readonly storeDir: string;
  readonly summaryFile: string | undefined;
  readonly quiet: boolean;
  readonly log: (line: string) => void;
}

export interface EnsembleOutcome {
  readonly plan: EnsemblePlan;
  readonly simulated: number;
  readonly alreadyStored: number;
  readonly summary: EnsembleSummary;
  readonly summaryFile: string;
}

export async function runEnsemble(o: EnsembleOptions): Promise<EnsembleOutcome> {
  const root = scenarioFolder(o.scenarioPath);
  const corridor = isCorridorFolder(root);
  const points = sweepPoints(o.vary.map((v) => parseVariation(v, !corridor)));
  const overridesOf = (i: number) => [...o.overrides, ...points[i].overrides];
  const inputs = points.map((_, i) => loadScenarioInputs(root, o.settingsFile, overridesOf(i)));
  const scenario = inputs[0].scenario;
  const files = readScenarioFiles(o.scenarioPath, inputs.flatMap((x) => x.scenario.inputFiles ?? []));
  const plan = planEnsemble({
    scenarioName: scenario.name,
    scenarioPath: files.given,
    scenarioHash: files.hash,
    days: o.days ?? scenario.days,
    replicas: o.replicas,
    seed: o.seed,
    points: points.map((p, i) => ({ ...p, settings: inputs[i].settings, edits: scenarioEdits(files.root, overridesOf(i)) })),
    codeVersion: codeVersion(),
  });
  const target = o.queue === undefined ? undefined : parseRedisUrl(o.queue);
  if (target !== undefined) await checkRedisReachable(target);
  const summaryFile = resolve(o.summaryFile ?? join('results', scenario.name, `ensemble-${plan.ensembleId}.json`));
  ensureDirSync(dirname(summaryFile));

  const writer = await openStoreWriter(o.storeDir);
  const pending = plan.tasks.filter((t) => !writer.has(t.runId));
  const progress = createEnsembleProgress(pending.length, plan.days, o.quiet);
  let simulated = 0;
  const hooks = {
    store: async (done: readonly CompletedReplica[]) => {
      const result = await writer.commit(done.map((d) => storedRun(plan, d)));
      simulated += done.length;
      if (result.skipped.length > 0) o.log(`${result.skipped.length} replica(s) were already in the store and were not stored again`);
    },
    progress: (days: number) => progress.update(days),
  };
  try {
    if (target === undefined) await runLocally(inputs.map((x) => x.scenario), plan, pending, { threads: o.threads }, hooks);
    else await runOnQueue(plan, pending, { target, queueName: o.queueName, batchSize: o.batch ?? defaultBatchSize(pending.length), files, log: o.log, watch: o.queueWatch }, hooks);
  } finally {
    progress.stop();
    writer.close();
  }

  const reader = await openStoreReader(o.storeDir);
  let summary: EnsembleSummary;
  try {
    summary = await summariseEnsemble(reader, plan, !corridor);
  } finally {
    reader.close();
  }
  writeFileAtomicSync(summaryFile, summaryJson(summary, { store: o.storeDir, simulated, already_stored: plan.tasks.length - pending.length }));
  return { plan, simulated, alreadyStored: plan.tasks.length - pending.length, summary, summaryFile };

  function storedRun(p: EnsemblePlan, d: CompletedReplica): StoredRun {
    const point = p.points[d.task.point];
    return {
      runId: d.task.runId,
      scenarioName: p.scenarioName,
      scenarioPath: storedScenarioPath(files),
      scenarioHash: p.scenarioHash,
      settings: point.settings,
      params: point.params,
      scenarioEdits: point.edits,
      seed: d.task.seed,
      replica: d.task.replica,
      codeVersion: d.codeVersion,
      host: d.host,
      ensembleId: p.ensembleId,
      startedAt: d.startedAt,
      wallSeconds: d.wallSeconds,
      record: d.record,
      warnings: d.warnings,
      inputs: files.files,
    };
  }
}

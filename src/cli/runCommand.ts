/**
 * `corridor run`: read a Flee-layout scenario and its settings, run one or more replicas, write
 * out.csv (Flee's format) and summary.json, and print a short summary.
 */
import { basename, join, resolve } from 'node:path';
import { loadRunInputs } from '../run/loadRunInputs.js';
import type { LedgerSummary } from '../recorders/types.js';
import { createProgress } from './progress.js';
import { runReplicas } from '../run/replicaPool.js';
import type { ReplicaResult } from '../run/runReplica.js';
import { checkOutputTarget } from '../runFiles/outputTarget.js';
import { writeOutputSet } from '../runFiles/outputSet.js';
import { writeRunFiles } from './runOutputFiles.js';
import { inputLocations } from '../runFiles/inputLocations.js';
import type { Summary } from '../runFiles/summary.js';
import type { CommitResult } from '../store/storeWriter.js';

export interface RunCommandOptions {
  readonly scenarioDir: string;
  readonly days: number | undefined;
  readonly seed: number;
  readonly settingsFile: string | undefined;
  readonly overrides: readonly string[];
  readonly replicas: number;
  readonly threads: number;
  readonly outDir: string | undefined;
  readonly quiet: boolean;
  /** Results store folder; undefined: do not store. */
  readonly storeDir?: string;
}

export interface RunCommandResult {
  readonly summary: Summary;
  /** The ledger summary of the first replica (corridor scenarios). */
  readonly ledger?: LedgerSummary;
  readonly outDir: string;
  readonly files: readonly string[];
  readonly warnings: readonly string[];
  /** What the store did with the replicas (undefined when not storing). */
  readonly stored?: CommitResult;
}

export async function runCommand(o: RunCommandOptions): Promise<RunCommandResult> {
  const dir = resolve(o.scenarioDir);
  const { scenario, settings, settingsFile } = loadRunInputs(dir, o.settingsFile, o.overrides);
  const days = o.days ?? scenario.days;
  const outDir = checkOutputTarget(o.outDir, join('results', basename(dir)), inputLocations(dir, [...(scenario.inputFiles ?? []), settingsFile], o.storeDir));
  // Checked before simulating, so an unusable store is reported before any work is done.
  const storage = o.storeDir === undefined ? undefined : (await import('../store/runStorage.js')).prepareRunStorage(o.storeDir, dir, scenario.name, settings, o.overrides, scenario.inputFiles);
  const progress = createProgress(o.replicas * days, o.quiet);
  let results: ReplicaResult[];
  try {
    results = await runReplicas(scenario, settings, {
      replicas: o.replicas,
      threads: o.threads,
      seed: o.seed,
      days,
      onProgress: (done) => progress.update(done),
    });
  } finally {
    progress.stop();
  }

  const files = writeOutputSet(outDir, 'corridor run', (set) => writeRunFiles(set, results, scenario, { overrides: o.overrides, settingsFile }));
  const warnings = [...scenario.warnings.map((w) => (w.source ? `${w.source.file}:${w.source.line}: ${w.message}` : w.message)), ...new Set(results.flatMap((r) => r.warnings))];
  const stored = storage === undefined ? undefined : await storage.commit(results);
  return { summary: files.summary, ledger: results[0].record.ledger?.summary, outDir, files: files.paths, warnings, stored };
}

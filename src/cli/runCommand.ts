/**
 * `corridor run`: read a Flee-layout scenario and its settings, run one or more replicas, write
 * out.csv (Flee's format) and summary.json, and print a short summary.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createProgress } from './progress.js';
import { runReplicas } from './replicaPool.js';
import type { ReplicaResult } from './runReplica.js';
import { validationErrors } from '../analysis/validationError.js';
import { ensureDirSync, writeFileAtomicSync } from '../output/atomicWrite.js';
import { formatOutCsv } from '../output/outCsv.js';
import { summarise } from '../output/summary.js';
import type { Summary } from '../output/summary.js';
import { readFleeScenario } from '../scenario/readFleeScenario.js';
import { loadSettings } from '../settings/loadSettings.js';
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
  readonly outDir: string;
  readonly files: readonly string[];
  readonly warnings: readonly string[];
  /** What the store did with the replicas (undefined when not storing). */
  readonly stored?: CommitResult;
}

export async function runCommand(o: RunCommandOptions): Promise<RunCommandResult> {
  const dir = resolve(o.scenarioDir);
  const scenario = readFleeScenario(dir);
  const defaultSettings = join(dir, 'simsetting.yml');
  const settingsFile = o.settingsFile ?? (existsSync(defaultSettings) ? defaultSettings : undefined);
  const settings = loadSettings({ file: settingsFile, overrides: o.overrides });
  const days = o.days ?? scenario.days;
  // Checked before simulating, so an unusable store is reported before any work is done.
  const storage = o.storeDir === undefined ? undefined : (await import('../store/runStorage.js')).prepareRunStorage(o.storeDir, dir, scenario.name, settings);
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

  const outDir = resolve(o.outDir ?? join('results', basename(dir)));
  ensureDirSync(outDir);
  const files: string[] = [];
  const write = (name: string, text: string): void => {
    const path = join(outDir, name);
    writeFileAtomicSync(path, text);
    files.push(path);
  };
  const runs = results.map((r) => {
    const errors = validationErrors(r.record);
    return {
      scenario: scenario.name,
      days: r.record.days,
      seed: r.seed,
      agentsFinal: r.record.totalAgents[r.record.days - 1] ?? 0,
      agentSteps: r.record.agentSteps,
      wallSeconds: r.wallSeconds,
      ard: errors.ard,
      ardRescaled: errors.ardRescaled,
    };
  });
  if (results.length === 1) {
    write('out.csv', formatOutCsv(results[0].record));
  } else {
    for (const r of results) {
      ensureDirSync(join(outDir, `replica-${r.replica}`));
      write(join(`replica-${r.replica}`, 'out.csv'), formatOutCsv(r.record));
    }
  }
  const summary = summarise(runs);
  write('summary.json', JSON.stringify({ ...summary, settings_file: settingsFile ?? null, overrides: o.overrides }, null, 2) + '\n');
  const warnings = [...scenario.warnings.map((w) => (w.source ? `${w.source.file}:${w.source.line}: ${w.message}` : w.message)), ...new Set(results.flatMap((r) => r.warnings))];
  const stored = storage === undefined ? undefined : await storage.commit(results);
  return { summary, outDir, files, warnings, stored };
}

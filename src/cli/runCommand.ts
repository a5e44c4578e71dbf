/**
 * `corridor run`: read a Flee-layout scenario and its settings, run one or more replicas, write
 * out.csv (Flee's format) and summary.json, and print a short summary.
 */
import { basename, join, resolve } from 'node:path';
import { loadRunInputs } from '../run/loadRunInputs.js';
import { ledgerSummaryJson } from '../runFiles/ledgerSummaryJson.js';
import { formatApprehensionsCsv, formatCrossingsCsv, formatLocationsCsv, formatStatesCsv } from '../runFiles/ledgerCsv.js';
import type { LedgerSummary } from '../recorders/types.js';
import { createProgress } from './progress.js';
import { runReplicas } from '../run/replicaPool.js';
import type { ReplicaResult } from '../run/runReplica.js';
import { validationErrors } from '../statistics/validationError.js';
import { ensureDirSync, writeFileAtomicSync } from '../runFiles/atomicWrite.js';
import { formatOutCsv } from '../runFiles/outCsv.js';
import { summarise } from '../runFiles/summary.js';
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
  // Checked before simulating, so an unusable store is reported before any work is done.
  const storage = o.storeDir === undefined ? undefined : (await import('../store/runStorage.js')).prepareRunStorage(o.storeDir, dir, scenario.name, settings, o.overrides);
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
  const corridor = scenario.corridor !== undefined;
  for (const r of results) {
    const sub = results.length === 1 ? '' : `replica-${r.replica}`;
    if (sub !== '') ensureDirSync(join(outDir, sub));
    if (!corridor) {
      write(join(sub, 'out.csv'), formatOutCsv(r.record));
      continue;
    }
    write(join(sub, 'states.csv'), formatStatesCsv(r.record));
    write(join(sub, 'crossings.csv'), formatCrossingsCsv(r.record));
    write(join(sub, 'apprehensions.csv'), formatApprehensionsCsv(r.record));
    write(join(sub, 'locations.csv'), formatLocationsCsv(r.record));
  }
  const summary = summarise(runs);
  const ledger = corridor ? ledgerSummaryJson(results.map((r) => r.record)) : {};
  const extra = corridor
    ? { overrides: o.overrides, ...ledger, assumptions: scenario.corridor?.assumptions ?? [], sources: scenario.corridor?.sources ?? {} }
    : { settings_file: settingsFile ?? null, overrides: o.overrides };
  const flee = corridor ? withoutValidation(summary) : summary;
  write('summary.json', JSON.stringify({ ...flee, ...extra }, null, 2) + '\n');
  const warnings = [...scenario.warnings.map((w) => (w.source ? `${w.source.file}:${w.source.line}: ${w.message}` : w.message)), ...new Set(results.flatMap((r) => r.warnings))];
  const stored = storage === undefined ? undefined : await storage.commit(results);
  return { summary, ledger: results[0].record.ledger?.summary, outDir, files, warnings, stored };
}

/** The UNHCR error keys mean nothing for a corridor run (no camp series). */
function withoutValidation(summary: Summary): Omit<Summary, 'ard' | 'ard_rescaled'> {
  const { ard: _a, ard_rescaled: _b, ...rest } = summary;
  return rest;
}

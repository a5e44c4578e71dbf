/**
 * The files of one `corridor run`: per replica out.csv (Flee folders) or the four ledger CSVs
 * (corridor scenarios), in `replica-<k>/` when there are several, and summary.json.
 */
import { join } from 'node:path';
import type { Scenario } from '../domain/scenario.js';
import type { ReplicaResult } from '../run/runReplica.js';
import { formatApprehensionsCsv, formatCrossingsCsv, formatLocationsCsv, formatStatesCsv } from '../runFiles/ledgerCsv.js';
import { ledgerSummaryJson } from '../runFiles/ledgerSummaryJson.js';
import type { OutputSet } from '../runFiles/outputSet.js';
import { formatOutCsv } from '../runFiles/outCsv.js';
import { summarise, type Summary } from '../runFiles/summary.js';
import { validationErrors } from '../statistics/validationError.js';

export interface RunFileOptions {
  readonly overrides: readonly string[];
  /** The settings file used (Flee folders). */
  readonly settingsFile: string | undefined;
}

function runSummaries(results: readonly ReplicaResult[], scenario: Scenario): Summary {
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
  return summarise(runs);
}

/** The UNHCR error keys mean nothing for a corridor run (no camp series). */
function withoutValidation(summary: Summary): Omit<Summary, 'ard' | 'ard_rescaled'> {
  const { ard: _a, ard_rescaled: _b, ...rest } = summary;
  return rest;
}

function writeReplicaFiles(set: OutputSet, results: readonly ReplicaResult[], corridor: boolean): string[] {
  const paths: string[] = [];
  for (const r of results) {
    const sub = results.length === 1 ? '' : `replica-${r.replica}`;
    if (!corridor) {
      paths.push(set.write(join(sub, 'out.csv'), formatOutCsv(r.record)));
      continue;
    }
    paths.push(set.write(join(sub, 'states.csv'), formatStatesCsv(r.record)));
    paths.push(set.write(join(sub, 'crossings.csv'), formatCrossingsCsv(r.record)));
    paths.push(set.write(join(sub, 'apprehensions.csv'), formatApprehensionsCsv(r.record)));
    paths.push(set.write(join(sub, 'locations.csv'), formatLocationsCsv(r.record)));
  }
  return paths;
}

/** Writes the run's files into `set`; returns their final paths and the run summary. */
export function writeRunFiles(set: OutputSet, results: readonly ReplicaResult[], scenario: Scenario, o: RunFileOptions): { paths: string[]; summary: Summary } {
  const corridor = scenario.corridor !== undefined;
  const paths = writeReplicaFiles(set, results, corridor);
  const summary = runSummaries(results, scenario);
  const ledger = corridor ? ledgerSummaryJson(results.map((r) => r.record)) : {};
  const extra = corridor
    ? { overrides: o.overrides, ...ledger, assumptions: scenario.corridor?.assumptions ?? [], sources: scenario.corridor?.sources ?? {} }
    : { settings_file: o.settingsFile ?? null, overrides: o.overrides };
  const flee = corridor ? withoutValidation(summary) : summary;
  paths.push(set.write('summary.json', JSON.stringify({ ...flee, ...extra }, null, 2) + '\n'));
  return { paths, summary };
}

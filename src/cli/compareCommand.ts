/**
 * `corridor compare`: the same scenario, population and seed under several policies, side by side
 * (border-mechanics.md policy names). Prints a table and writes it as compare.csv and compare.md,
 * with every run's summary in compare.json.
 */
import { basename, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { loadRunInputs } from '../run/loadRunInputs.js';
import { runReplicas } from '../run/replicaPool.js';
import type { LedgerSummary } from '../recorders/types.js';
import { compareColumns, markdownTable, type CompareRow } from '../reports/compareTable.js';
import { checkOutputTarget } from '../runFiles/outputTarget.js';
import { writeOutputSet } from '../runFiles/outputSet.js';
import { inputLocations } from '../runFiles/inputLocations.js';
import { isPolicySetting, withPolicy, COMPARE_POLICIES } from '../scenario/corridor/withPolicy.js';
import type { PolicySetting } from '../domain/corridor.js';
import { InputError } from '../errors.js';

export interface CompareOptions {
  readonly scenarioDir: string;
  readonly policies: readonly string[];
  readonly seed: number;
  readonly days: number | undefined;
  readonly replicas: number;
  readonly threads: number;
  readonly overrides: readonly string[];
  readonly outDir: string | undefined;
  /** Results store folder; undefined: do not store. Each policy's runs are stored as `<scenario> [policy]`. */
  readonly storeDir?: string;
}

export interface CompareResult {
  readonly rows: readonly CompareRow[];
  /** Each policy's stored run ids (empty when not storing). */
  readonly stored: readonly { readonly policy: PolicySetting; readonly runIds: readonly string[] }[];
  readonly table: string;
  readonly outDir: string;
}

export const DEFAULT_COMPARE = ['internal-return', 'deportation', 'push-back', 'no-enforcement', 'closed-border'];

export async function compareCommand(o: CompareOptions): Promise<CompareResult> {
  const names = o.policies.length === 0 ? DEFAULT_COMPARE : o.policies;
  for (const p of names) {
    if (!isPolicySetting(p)) throw new InputError(`unknown policy "${p}"`, { field: '--policy', expected: `one of ${COMPARE_POLICIES.join(', ')}` });
  }
  const { scenario, settings } = loadRunInputs(o.scenarioDir, undefined, o.overrides);
  if (scenario.corridor === undefined) throw new InputError('compare needs a corridor scenario', { file: o.scenarioDir, expected: 'a folder with scenario.yml' });
  const outDir = checkOutputTarget(o.outDir, join('results', `${basename(resolve(o.scenarioDir))}-compare`), inputLocations(o.scenarioDir, scenario.inputFiles ?? [], o.storeDir));
  const rows: CompareRow[] = [];
  const stored: { policy: PolicySetting; runIds: readonly string[] }[] = [];
  for (const p of names as PolicySetting[]) {
    const policyScenario = withPolicy(scenario, p);
    // The policy is part of the stored run's identity, recorded among its scenario edits.
    // The store (DuckDB) is loaded only when used, as in runCommand.
    const storage = o.storeDir === undefined ? undefined : (await import('../store/runStorage.js')).prepareRunStorage(o.storeDir, o.scenarioDir, policyScenario.name, settings, [...o.overrides, `policy=${p}`], scenario.inputFiles);
    const results = await runReplicas(policyScenario, settings, { replicas: o.replicas, threads: o.threads, seed: o.seed, days: o.days });
    if (storage !== undefined) {
      const commit = await storage.commit(results);
      stored.push({ policy: p, runIds: [...commit.stored, ...commit.skipped] });
    }
    rows.push({ policy: p, summaries: results.map((r) => r.record.ledger?.summary).filter((s): s is LedgerSummary => s !== undefined) });
  }
  const columns = compareColumns(rows);
  const table = markdownTable(columns);
  writeOutputSet(outDir, 'corridor compare', (set) => {
    set.write('compare.md', table);
    set.write('compare.csv', Papa.unparse({ fields: columns.header, data: columns.body }, { newline: '\n' }) + '\n');
    set.write('compare.json', JSON.stringify({ scenario: scenario.name, seed: o.seed, replicas: o.replicas, policies: rows }, null, 2) + '\n');
  });
  return { rows, stored, table, outDir };
}

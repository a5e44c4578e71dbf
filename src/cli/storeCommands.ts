/**
 * The store's commands, `corridor runs list | show | export` and `corridor query`, and the --store
 * option other commands share. DuckDB is loaded only when one of them runs, so other commands
 * start without it.
 */
import { Command, Option } from 'commander';
import { integer } from './optionParsers.js';
import type { ExportFormat } from '../store/exportRun.js';
import { RESULT_FORMATS } from '../store/resultText.js';
import type { ResultFormat } from '../store/resultText.js';
import { resolveStoreDir } from '../store/storeDir.js';

const STORE_HELP = 'results store folder (default: $CORRIDOR_STORE, else $XDG_DATA_HOME/corridor, else ~/.local/share/corridor)';

export function storeOption(): Option {
  return new Option('--store <dir>', STORE_HELP);
}

function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(RESULT_FORMATS).default('table');
}

export function registerStoreCommands(program: Command): void {
  const runs = program.command('runs').description('List, show and export the runs in the results store.');
  runs
    .command('list')
    .description('List stored runs, newest first.')
    .option('--scenario <name>', 'only runs of this scenario (its folder name)')
    .option('--ensemble <id>', 'only runs stored by this ensemble (id or prefix)')
    .option('--limit <n>', 'at most this many runs (0: all)', integer('--limit', 0), 50)
    .addOption(formatOption())
    .addOption(storeOption())
    .action(async (o: { scenario?: string; ensemble?: string; limit: number; format: ResultFormat; store?: string }) => {
      const { listRuns } = await import('../store/storeText.js');
      process.stdout.write(await listRuns(resolveStoreDir(o.store), { scenario: o.scenario, ensemble: o.ensemble, limit: o.limit, format: o.format }));
    });
  runs
    .command('show')
    .description('Show one run: provenance, settings, timing, row counts and last-day camp values.')
    .argument('<id>', 'run id, or its first characters')
    .addOption(storeOption())
    .action(async (id: string, o: { store?: string }) => {
      const { showRun } = await import('../store/storeText.js');
      process.stdout.write(await showRun(resolveStoreDir(o.store), id));
    });
  runs
    .command('export')
    .description('Export one run (every table with rows for it) as Parquet or CSV files in a folder.')
    .argument('<id>', 'run id, or its first characters')
    .addOption(new Option('--format <format>', 'file format').choices(['parquet', 'csv']).makeOptionMandatory())
    .option('--out <dir>', 'folder to write (default: run-<id>)')
    .addOption(storeOption())
    .action(async (id: string, o: { format: ExportFormat; out?: string; store?: string }) => {
      const { exportRun } = await import('../store/exportRun.js');
      const r = await exportRun(resolveStoreDir(o.store), id, o.format, o.out);
      process.stdout.write(`run ${r.runId} exported to ${r.folder}: ${r.files.join(', ')}\n`);
    });
  program
    .command('query')
    .description('Run one read-only SQL query over the store (tables: runs, run_days, camp_days, locations, location_days, location_series, link_days, crossing_days, state_days, registration_days, apprehensions; quote "day").')
    .argument('<sql>', 'a SELECT statement, e.g. "SELECT camp, avg(sim) FROM camp_days WHERE \\"day\\" = 100 GROUP BY camp"')
    .addOption(formatOption())
    .addOption(storeOption())
    .action(async (sql: string, o: { format: ResultFormat; store?: string }) => {
      const { queryStore } = await import('../store/storeText.js');
      process.stdout.write(await queryStore(resolveStoreDir(o.store), sql, o.format));
    });
}

#!/usr/bin/env node
/**
 * The `corridor` command line. Exit codes: 0 success; 2 bad input (usage, scenario files,
 * settings) or an output that cannot be written; 1 an internal error (a bug: please report it).
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError } from 'commander';
import { dashboardLine, formatRunSummary } from './formatRunSummary.js';
import { collect, integer } from './optionParsers.js';
import { MAX_REPLICAS, MAX_RUN_DAYS, MAX_THREADS } from '../domain/inputRanges.js';
import { runCommand } from './runCommand.js';
import { addCalibrateCommand, addValidateCommand } from './calibrationCommands.js';
import { DEFAULT_COMPARE, compareCommand } from './compareCommand.js';
import { registerEnsembleCommands } from './ensembleCommands.js';
import { isInputError } from '../errors.js';
import { visibleControls } from '../text/visibleControls.js';
import { registerServeCommand } from './serveCommand.js';
import { formatStored } from '../store/formatStored.js';
import { resolveStoreDir } from '../store/storeDir.js';
import { registerStoreCommands, storeOption } from './storeCommands.js';
import { printSummary } from './terminalOutput.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('corridor')
    .description('Agent-based simulation of movement along migration routes (Flee-compatible core).')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(visibleControls(text)) })
    .exitOverride();
  program
    .command('run')
    .description('Run a scenario: a corridor scenario folder (scenario.yml) or a folder in Flee\'s layout (input_csv/, source_data/, simsetting.yml); writes the ledger CSVs or out.csv, and summary.json.')
    .argument('<scenario-dir>', 'corridor scenario folder (scenario.yml) or Flee folder')
    .option('--days <n>', 'days to simulate (default: Length in input_csv/sim_period.csv)', integer('--days', 1, MAX_RUN_DAYS))
    .option('--seed <s>', 'random seed; the same scenario, settings and seed give the same result', integer('--seed', 0), 1)
    .option('--settings <file.yml>', 'settings file (default: simsetting.yml in the scenario folder, else Flee\'s defaults)')
    .option('--set <section.key=value>', 'override a value: a scenario.yml path for corridor scenarios (e.g. --set crossing_defaults.apprehension=0.3), a settings key for Flee folders (e.g. --set move_rules.awareness_level=2); repeatable', collect, [])
    .option('--replicas <r>', 'independent replicas with seeds derived from --seed', integer('--replicas', 1, MAX_REPLICAS), 1)
    .option('--threads <n>', 'worker threads for replicas (default: number of cores)', integer('--threads', 1, MAX_THREADS), availableParallelism())
    .option('--out <dir>', 'output folder (default: results/<scenario folder name>)')
    .option('--quiet', 'no progress bar and no summary on stdout')
    .addOption(storeOption())
    .option('--no-store', 'do not keep the run in the results store')
    .action(async (scenarioDir: string, opts: { days?: number; seed: number; settings?: string; set: string[]; replicas: number; threads: number; out?: string; quiet?: boolean; store?: string | false }) => {
      const result = await runCommand({
        scenarioDir,
        days: opts.days,
        seed: opts.seed,
        settingsFile: opts.settings,
        overrides: opts.set,
        replicas: opts.replicas,
        threads: opts.threads,
        outDir: opts.out,
        quiet: opts.quiet === true,
        storeDir: opts.store === false ? undefined : resolveStoreDir(opts.store),
      });
      for (const w of result.warnings) process.stderr.write(`warning: ${visibleControls(w)}\n`);
      if (opts.quiet !== true) printSummary(formatRunSummary(result));
      if (opts.quiet !== true && result.stored !== undefined && opts.store !== false) {
        printSummary(formatStored(resolveStoreDir(opts.store), result.stored));
        if (result.stored.stored.length + result.stored.skipped.length > 0) printSummary(dashboardLine(resolveStoreDir(opts.store), opts.store));
      }
    });
  program
    .command('compare')
    .description('Run a corridor scenario under several policies (same population and seed) and print a side-by-side table; writes compare.md, compare.csv and compare.json.')
    .argument('<scenario-dir>', 'corridor scenario folder (scenario.yml)')
    .option('--policy <name>', `a policy applied to every crossing listed in scenario.yml (repeatable; default: ${DEFAULT_COMPARE.join(', ')})`, collect, [])
    .option('--days <n>', 'days to simulate (default: the scenario\'s)', integer('--days', 1, MAX_RUN_DAYS))
    .option('--seed <s>', 'random seed', integer('--seed', 0), 1)
    .option('--replicas <r>', 'replicas per policy (figures are replica means)', integer('--replicas', 1, MAX_REPLICAS), 1)
    .option('--threads <n>', 'worker threads for replicas', integer('--threads', 1, MAX_THREADS), availableParallelism())
    .option('--set <path=value>', 'change a scenario.yml value first (repeatable)', collect, [])
    .option('--out <dir>', 'output folder (default: results/<scenario>-compare)')
    .addOption(storeOption())
    .option('--no-store', 'do not keep the runs in the results store')
    .action(async (scenarioDir: string, opts: { policy: string[]; days?: number; seed: number; replicas: number; threads: number; set: string[]; out?: string; store?: string | false }) => {
      const storeDir = opts.store === false ? undefined : resolveStoreDir(opts.store);
      const result = await compareCommand({ scenarioDir, policies: opts.policy, days: opts.days, seed: opts.seed, replicas: opts.replicas, threads: opts.threads, overrides: opts.set, outDir: opts.out, storeDir });
      printSummary(result.table);
      printSummary(`written to ${result.outDir}\n`);
      if (storeDir !== undefined && result.stored.length > 0) {
        for (const s of result.stored) printSummary(`stored ${s.policy.padEnd(16)} run ${s.runIds.join(', ')}\n`);
        printSummary(dashboardLine(storeDir, opts.store === false ? undefined : opts.store));
      }
    });
  registerEnsembleCommands(program);
  registerStoreCommands(program);
  addValidateCommand(program);
  addCalibrateCommand(program);
  registerServeCommand(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has already printed its message (or the help text).
      return e.exitCode === 0 ? 0 : 2;
    }
    if (isInputError(e)) {
      process.stderr.write(`error: ${visibleControls(e.message)}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`internal error: ${visibleControls(message)}\n(this is a bug in corridor; set CORRIDOR_DEBUG=1 for details)\n`);
    if (process.env.CORRIDOR_DEBUG === '1' && e instanceof Error) process.stderr.write(`${e.stack ?? ''}\n`);
    return 1;
  }
}


#!/usr/bin/env node
/**
 * The `corridor` command line. Exit codes: 0 success; 2 bad input (usage, scenario files,
 * settings) or an output that cannot be written; 1 an internal error (a bug: please report it).
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { formatRunSummary } from './formatRunSummary.js';
import { runCommand } from './runCommand.js';
import { calibrateCommand } from './calibrateCommand.js';
import { validateCommand } from './validateCommand.js';
import { DISTANCE_NAMES, type DistanceName } from '../calibration/distance.js';
import { isInputError } from '../errors.js';

function integer(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^[+-]?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`${name} must be an integer >= ${min}, got "${value}"`);
    }
    return n;
  };
}

function fraction(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !(n > 0 && n < 1)) throw new InvalidArgumentError(`${name} must be a number between 0 and 1 (exclusive), got "${value}"`);
    return n;
  };
}

function distanceName(value: string): DistanceName {
  if (!(DISTANCE_NAMES as readonly string[]).includes(value)) throw new InvalidArgumentError(`--distance must be one of ${DISTANCE_NAMES.join(', ')}, got "${value}"`);
  return value as DistanceName;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('corridor')
    .description('Agent-based simulation of movement along migration routes (Flee-compatible core).')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program
    .command('run')
    .description('Run a scenario in Flee\'s folder layout (input_csv/, source_data/, simsetting.yml) and write out.csv and summary.json.')
    .argument('<scenario-dir>', 'scenario folder in Flee\'s layout')
    .option('--days <n>', 'days to simulate (default: Length in input_csv/sim_period.csv)', integer('--days', 1))
    .option('--seed <s>', 'random seed; the same scenario, settings and seed give the same result', integer('--seed', 0), 1)
    .option('--settings <file.yml>', 'settings file (default: simsetting.yml in the scenario folder, else Flee\'s defaults)')
    .option('--set <section.key=value>', 'override one setting, e.g. --set move_rules.awareness_level=2 (repeatable)', collect, [])
    .option('--replicas <r>', 'independent replicas with seeds derived from --seed', integer('--replicas', 1), 1)
    .option('--threads <n>', 'worker threads for replicas (default: number of cores)', integer('--threads', 1), availableParallelism())
    .option('--out <dir>', 'output folder (default: results/<scenario folder name>)')
    .option('--quiet', 'no progress bar and no summary on stdout')
    .action(async (scenarioDir: string, opts: { days?: number; seed: number; settings?: string; set: string[]; replicas: number; threads: number; out?: string; quiet?: boolean }) => {
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
      });
      for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
      if (opts.quiet !== true) process.stdout.write(formatRunSummary(result));
    });
  program
    .command('validate')
    .description('Run replicas of a scenario and score them against observations: Flee\'s ARD and rescaled ARD per camp, ARD, MASE and 90%-band coverage per observed series; validation.json, report.html and PNG figures.')
    .argument('<scenario-dir>', 'scenario folder in Flee\'s layout')
    .option('--replicas <r>', 'replicas (seeds derived from --seed as for run)', integer('--replicas', 1), 10)
    .option('--observations <file.csv>', 'observations CSV (default: the scenario\'s camp series in source_data/)')
    .option('--days <n>', 'days to simulate (default: Length in input_csv/sim_period.csv)', integer('--days', 1))
    .option('--seed <s>', 'random seed', integer('--seed', 0), 1)
    .option('--settings <file.yml>', 'settings file (default: simsetting.yml in the scenario folder)')
    .option('--set <section.key=value>', 'override one setting (repeatable)', collect, [])
    .option('--threads <n>', 'worker threads (default: number of cores)', integer('--threads', 1), availableParallelism())
    .option('--out <dir>', 'output folder (default: results/<scenario folder name>/validation)')
    .option('--no-png', 'do not write PNG figures')
    .option('--quiet', 'no progress bar and no summary on stdout')
    .action(async (scenarioDir: string, opts: { replicas: number; observations?: string; days?: number; seed: number; settings?: string; set: string[]; threads: number; out?: string; png: boolean; quiet?: boolean }) => {
      const { outDir, result } = await validateCommand({
        scenarioDir,
        observationsFile: opts.observations,
        days: opts.days,
        seed: opts.seed,
        settingsFile: opts.settings,
        overrides: opts.set,
        replicas: opts.replicas,
        threads: opts.threads,
        outDir: opts.out,
        png: opts.png,
        quiet: opts.quiet === true,
      });
      if (opts.quiet !== true) {
        const e = result.observation_errors;
        process.stdout.write(
          `${result.scenario}: ARD ${result.flee.ard.mean.toFixed(4)} ± ${result.flee.ard.sd.toFixed(4)}, rescaled ${result.flee.ard_rescaled.mean.toFixed(4)} (${result.replicas} replicas); ` +
            `observations: ARD ${e.ard?.toFixed(4) ?? '–'}, mean MASE ${e.mean_mase?.toFixed(3) ?? '–'}, ${(100 * e.coverage90).toFixed(0)}% in the 90% band\nwritten to ${outDir}\n`,
        );
      }
    });
  program
    .command('calibrate')
    .description('Calibrate settings parameters against observations with ABC-SMC; calibration.json, posterior.csv, report.html and PNG figures.')
    .argument('<scenario-dir>', 'scenario folder in Flee\'s layout')
    .option('--param <name=lo:hi>', 'parameter and uniform prior, e.g. move_rules.camp_weight=1:10; add :log for a log-uniform prior (repeatable)', collect, [])
    .option('--observations <file.csv>', 'observations CSV (default: the scenario\'s camp series in source_data/)')
    .option('--simulations <n>', 'simulation budget of the ABC-SMC (posterior-predictive draws come on top)', integer('--simulations', 1), 2000)
    .option('--particles <n>', 'particles per generation', integer('--particles', 10), 200)
    .option('--quantile <a>', 'quantile of the previous distances that sets the next tolerance', fraction('--quantile'), 0.5)
    .option('--distance <name>', `distance between simulated and observed values: ${DISTANCE_NAMES.join(' or ')}`, distanceName, 'rms-z')
    .option('--predictive <n>', 'posterior-predictive simulations for the bands', integer('--predictive', 0), 100)
    .option('--days <n>', 'days to simulate (default: Length in input_csv/sim_period.csv); observations after them are refused', integer('--days', 1))
    .option('--seed <s>', 'random seed of the calibration', integer('--seed', 0), 1)
    .option('--settings <file.yml>', 'base settings file (default: simsetting.yml in the scenario folder)')
    .option('--set <section.key=value>', 'override one base setting (repeatable)', collect, [])
    .option('--threads <n>', 'worker threads (default: number of cores)', integer('--threads', 1), availableParallelism())
    .option('--out <dir>', 'output folder (default: results/<scenario folder name>/calibration)')
    .option('--no-png', 'do not write PNG figures')
    .option('--quiet', 'no progress lines and no summary on stdout')
    .action(async (scenarioDir: string, opts: { param: string[]; observations?: string; simulations: number; particles: number; quantile: number; distance: DistanceName; predictive: number; days?: number; seed: number; settings?: string; set: string[]; threads: number; out?: string; png: boolean; quiet?: boolean }) => {
      const { outDir, result } = await calibrateCommand({
        scenarioDir,
        params: opts.param,
        observationsFile: opts.observations,
        simulations: opts.simulations,
        particles: opts.particles,
        quantile: opts.quantile,
        distance: opts.distance,
        predictive: opts.predictive,
        days: opts.days,
        seed: opts.seed,
        settingsFile: opts.settings,
        overrides: opts.set,
        threads: opts.threads,
        outDir: opts.out,
        png: opts.png,
        quiet: opts.quiet === true,
      });
      if (opts.quiet !== true) {
        const lines = result.posterior.map((p) => `  ${p.name}: median ${p.median.toPrecision(4)}, 90% interval [${p.ci90[0].toPrecision(4)}, ${p.ci90[1].toPrecision(4)}]`);
        process.stdout.write(`${result.method.name}: ${result.simulations.abc} simulations in ${result.wall_s.toFixed(1)} s (${result.simulations_per_s.toFixed(1)}/s), stopped: ${result.stop_reason}\n${lines.join('\n')}\nwritten to ${outDir}\n`);
      }
    });
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
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`internal error: ${message}\n(this is a bug in corridor; set CORRIDOR_DEBUG=1 for details)\n`);
    if (process.env.CORRIDOR_DEBUG === '1' && e instanceof Error) process.stderr.write(`${e.stack ?? ''}\n`);
    return 1;
  }
}


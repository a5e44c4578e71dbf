/** The `validate` and `calibrate` commands of the command line (options and printed summary). */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { collect, fraction, integer, oneOf } from './optionParsers.js';
import { MAX_REPLICAS, MAX_RUN_DAYS, MAX_THREADS } from '../domain/inputRanges.js';
import type { RunInputOptions } from '../calibration/runInputs.js';
import { DISTANCE_NAMES, type DistanceName } from '../calibration/distance.js';
import { printSummary } from './terminalOutput.js';

interface SharedOptions {
  observations?: string;
  days?: number;
  seed: number;
  settings?: string;
  set: string[];
  threads: number;
  out?: string;
  png: boolean;
  quiet?: boolean;
}

/** Options both commands take, as `run` takes them where they overlap. */
function withSharedOptions(cmd: Command, outDefault: string): Command {
  return cmd
    .argument('<scenario-dir>', 'scenario folder in Flee\'s layout')
    .option('--observations <file.csv>', 'observations CSV (default: the scenario\'s camp series in source_data/)')
    .option('--days <n>', 'days to simulate (default: Length in input_csv/sim_period.csv); observations after them are refused', integer('--days', 1, MAX_RUN_DAYS))
    .option('--seed <s>', 'random seed', integer('--seed', 0), 1)
    .option('--settings <file.yml>', 'settings file (default: simsetting.yml in the scenario folder)')
    .option('--set <section.key=value>', 'override one setting (repeatable)', collect, [])
    .option('--threads <n>', 'worker threads (default: number of cores)', integer('--threads', 1, MAX_THREADS), availableParallelism())
    .option('--out <dir>', `output folder (default: results/<scenario folder name>/${outDefault})`)
    .option('--no-png', 'do not write PNG figures')
    .option('--quiet', 'no progress output and no summary on stdout');
}

function shared(scenarioDir: string, o: SharedOptions): RunInputOptions & { seed: number; threads: number; outDir: string | undefined; png: boolean; quiet: boolean } {
  return { scenarioDir, observationsFile: o.observations, days: o.days, seed: o.seed, settingsFile: o.settings, overrides: o.set, threads: o.threads, outDir: o.out, png: o.png, quiet: o.quiet === true };
}

export function addValidateCommand(program: Command): void {
  withSharedOptions(
    program
      .command('validate')
      .description('Run replicas of a scenario and score them against observations: Flee\'s ARD and rescaled ARD per camp, ARD, MASE and 90%-band coverage per observed series; validation.json, report.html and PNG figures.'),
    'validation',
  )
    .option('--replicas <r>', 'replicas (seeds derived from --seed as for run)', integer('--replicas', 1, MAX_REPLICAS), 10)
    .action(async (scenarioDir: string, opts: SharedOptions & { replicas: number }) => {
      // Loaded on use (reports, PNG export): other commands start faster.
      const { validateCommand } = await import('./validateCommand.js');
      const { outDir, result } = await validateCommand({ ...shared(scenarioDir, opts), replicas: opts.replicas });
      if (opts.quiet === true) return;
      const e = result.observation_errors;
      const f = result.flee;
      printSummary(
        `${result.scenario}: ${f === null ? '' : `ARD ${f.ard.mean.toFixed(4)} ± ${f.ard.sd.toFixed(4)}, rescaled ${f.ard_rescaled.mean.toFixed(4)} `}(${result.replicas} replicas); ` +
          `observations: ARD ${e.ard?.toFixed(4) ?? '–'}, mean MASE ${e.mean_mase?.toFixed(3) ?? '–'}, ${(100 * e.coverage90).toFixed(0)}% in the 90% band\nwritten to ${outDir}\n`,
      );
    });
}

export function addCalibrateCommand(program: Command): void {
  withSharedOptions(
    program.command('calibrate').description('Calibrate settings parameters against observations with ABC-SMC; calibration.json, posterior.csv, report.html and PNG figures.'),
    'calibration',
  )
    .option('--param <name=lo:hi>', 'parameter and uniform prior, e.g. move_rules.camp_weight=1:10; add :log for a log-uniform prior (repeatable)', collect, [])
    .option('--simulations <n>', 'simulation budget of the ABC-SMC (posterior-predictive draws come on top)', integer('--simulations', 1), 2000)
    .option('--particles <n>', 'particles per generation', integer('--particles', 10), 200)
    .option('--quantile <a>', 'quantile of the previous distances that sets the next tolerance', fraction('--quantile'), 0.5)
    .option('--distance <name>', `distance between simulated and observed values: ${DISTANCE_NAMES.join(' or ')}`, oneOf('--distance', DISTANCE_NAMES), 'rms-z')
    .option('--predictive <n>', 'posterior-predictive simulations for the bands', integer('--predictive', 0), 100)
    .action(async (scenarioDir: string, opts: SharedOptions & { param: string[]; simulations: number; particles: number; quantile: number; distance: DistanceName; predictive: number }) => {
      const { calibrateCommand } = await import('./calibrateCommand.js');
      const { outDir, result } = await calibrateCommand({
        ...shared(scenarioDir, opts),
        params: opts.param,
        simulations: opts.simulations,
        particles: opts.particles,
        quantile: opts.quantile,
        distance: opts.distance,
        predictive: opts.predictive,
      });
      if (opts.quiet === true) return;
      const lines = result.posterior.map((p) => `  ${p.name}: median ${p.median.toPrecision(4)}, 90% interval [${p.ci90[0].toPrecision(4)}, ${p.ci90[1].toPrecision(4)}]`);
      printSummary(`${result.method.name}: ${result.simulations.abc} simulations in ${result.wall_s.toFixed(1)} s (${result.simulations_per_s.toFixed(1)}/s), stopped: ${result.stop_reason}\n${lines.join('\n')}\nwritten to ${outDir}\n`);
    });
}

/**
 * The commands `corridor ensemble` and `corridor worker`. Their modules (DuckDB, BullMQ) are loaded
 * when one of them runs, so other commands start without them.
 */
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { collect, integer, positiveNumber } from './optionParsers.js';
import { MAX_REPLICAS, MAX_RUN_DAYS, MAX_THREADS } from '../domain/inputRanges.js';
import { storeOption } from './storeCommands.js';
import { DEFAULT_QUEUE_NAME } from '../ensemble/queue/queueNames.js';
import { DEFAULT_QUEUE_WATCH } from '../ensemble/queue/submissionWatch.js';
import { resolveStoreDir } from '../store/storeDir.js';
import { printSummary } from './terminalOutput.js';

interface EnsembleFlags {
  replicas: number;
  vary: string[];
  threads: number;
  queue?: string;
  queueName: string;
  batch?: number;
  checkSeconds: number;
  outageSeconds: number;
  resubmits: number;
  days?: number;
  seed: number;
  settings?: string;
  set: string[];
  store?: string;
  summary?: string;
  quiet?: boolean;
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Seconds in (0, max]: timers beyond Node's 24.8 days would fire at once. */
function seconds(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !(n > 0 && n <= max)) throw new InvalidArgumentError(`${name} must be a number of seconds > 0 and <= ${max}, got "${value}"`);
    return n;
  };
}

export function registerEnsembleCommands(program: Command): void {
  program
    .command('ensemble')
    .description('Run replicas (and parameter sweeps) of a scenario, store every replica, and summarise each series with its mean and 90% band.')
    .argument('<scenario>', 'scenario folder (Flee layout)')
    .requiredOption('--replicas <n>', 'replicas per sweep point; replica k gets the seed corridor run --replicas gives it', integer('--replicas', 1, MAX_REPLICAS))
    .option('--vary <section.key=lo:hi:steps>', 'sweep a setting over steps evenly spaced values from lo to hi (repeatable: every combination)', collect, [])
    .option('--threads <n>', 'local worker threads (default: number of cores)', integer('--threads', 1, MAX_THREADS), availableParallelism())
    .option('--queue <redis://host:port>', 'run replicas on corridor worker processes through this Redis (BullMQ) instead of local threads')
    .option('--queue-name <name>', 'BullMQ queue name', DEFAULT_QUEUE_NAME)
    .option('--batch <n>', 'replicas per queue job (default: pending/32, between 1 and 16)', integer('--batch', 1))
    .option('--check-seconds <s>', 'with --queue: how often the submitter checks that its jobs are still in Redis (lost ones are submitted again)', seconds('--check-seconds', 3600), DEFAULT_QUEUE_WATCH.checkSeconds)
    .option('--outage-seconds <s>', 'with --queue: stop with an error when Redis has not answered for this long', seconds('--outage-seconds', 86400), DEFAULT_QUEUE_WATCH.outageSeconds)
    .option('--resubmits <n>', 'with --queue: times one job lost from Redis is submitted again before stopping with an error', integer('--resubmits', 0), DEFAULT_QUEUE_WATCH.resubmits)
    .option('--days <n>', 'days to simulate (default: Length in input_csv/sim_period.csv)', integer('--days', 1, MAX_RUN_DAYS))
    .option('--seed <s>', 'base random seed', integer('--seed', 0), 1)
    .option('--settings <file.yml>', 'settings file (default: simsetting.yml in the scenario folder, else Flee\'s defaults)')
    .option('--set <section.key=value>', 'override one setting for every point (repeatable)', collect, [])
    .addOption(storeOption())
    .option('--summary <file.json>', 'summary file (default: results/<scenario>/ensemble-<id>.json)')
    .option('--quiet', 'no progress bar and no printed summary')
    .action(async (scenario: string, o: EnsembleFlags) => {
      const storeDir = resolveStoreDir(o.store);
      const { runEnsemble } = await import('../ensemble/runEnsemble.js');
      const { formatEnsembleSummary } = await import('../ensemble/formatEnsembleSummary.js');
      try {
        const r = await runEnsemble({
          scenarioPath: scenario,
          replicas: o.replicas,
          vary: o.vary,
          threads: o.threads,
          queue: o.queue,
          queueName: o.queueName,
          batch: o.batch,
          queueWatch: { checkSeconds: o.checkSeconds, outageSeconds: o.outageSeconds, resubmits: o.resubmits },
          days: o.days,
          seed: o.seed,
          settingsFile: o.settings,
          overrides: o.set,
          storeDir,
          summaryFile: o.summary,
          quiet: o.quiet === true,
          log,
        });
        if (o.quiet !== true) {
          printSummary(formatEnsembleSummary(r.summary, { simulated: r.simulated, alreadyStored: r.alreadyStored, storeDir, summaryFile: r.summaryFile }));
        }
      } finally {
        // A Redis that went away can leave timers inside BullMQ's clients (a blocking read's timeout,
        // up to 11 s): once the command is over, do not wait on them.
        if (o.queue !== undefined) setTimeout(() => process.exit(), 1000).unref();
      }
    });
  program
    .command('worker')
    .description('Take replica jobs from a queue (submitted by corridor ensemble --queue) and run them; results go back to the submitter, which stores them.')
    .requiredOption('--queue <redis://host:port>', 'the Redis the ensemble was submitted to')
    .option('--queue-name <name>', 'BullMQ queue name', DEFAULT_QUEUE_NAME)
    .option('--threads <n>', 'worker threads (default: number of cores)', integer('--threads', 1, MAX_THREADS), availableParallelism())
    .option('--lock-seconds <s>', 'job lock: a worker silent this long is presumed dead and its job is retried elsewhere', positiveNumber('--lock-seconds'), 30)
    .option('--idle-exit <s>', 'stop after this many seconds without a job (default: run until SIGINT/SIGTERM)', positiveNumber('--idle-exit'))
    .option('--cache <dir>', 'where received scenarios are kept', join(tmpdir(), 'corridor-worker-scenarios'))
    .action(async (o: { queue: string; queueName: string; threads: number; lockSeconds: number; idleExit?: number; cache: string }) => {
      const { runQueueWorker } = await import('../ensemble/queue/queueWorker.js');
      const { parseRedisUrl } = await import('../ensemble/queue/redisTarget.js');
      const tally = await runQueueWorker({
        target: parseRedisUrl(o.queue),
        queueName: o.queueName,
        threads: o.threads,
        lockSeconds: o.lockSeconds,
        idleExitSeconds: o.idleExit,
        cacheDir: o.cache,
        log,
      });
      log(`worker done: ${tally.jobs} job(s), ${tally.replicas} replica(s)`);
      // A Redis that went away can leave reconnect timers inside BullMQ's clients: do not wait on them.
      setTimeout(() => process.exit(), 1000).unref();
    });
}

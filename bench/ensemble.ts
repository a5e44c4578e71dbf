/**
 * `npm run bench:ensemble`: 200 replicas of Flee's mali2012 (300 days) through `corridor ensemble`
 * (the built CLI, whole processes): on 1 and 2 local worker threads, and through Redis with 2
 * `corridor worker` processes of 1 thread each. For each: wall time, replicas per second, and the
 * overhead per replica = wall × workers / replicas − the time of one replica run in-process (so
 * start-up, transfer, storing and summarising, spread over the replicas). Then the time to query
 * per-day camp counts of the 200 replicas from the store. Prints `metric value unit` lines and
 * writes bench-results/ensemble.json. BENCH_ENSEMBLE_REPLICAS changes the replica count.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startRedisServer } from './redisServer.js';
import { sharedDir } from './sharedDir.js';
import { median } from '../src/statistics/descriptive.js';
import { runReplica } from '../src/run/runReplica.js';
import { readFleeScenario } from '../src/scenario/readFleeScenario.js';
import { loadSettings } from '../src/settings/loadSettings.js';
import { openStoreReader } from '../src/store/storeReader.js';
import type { StoreReader } from '../src/store/storeReader.js';

const replicas = Number(process.env.BENCH_ENSEMBLE_REPLICAS ?? 200);
const cli = resolve('dist', 'bundle', 'bin.mjs');
const metrics: Record<string, { value: number; unit: string }> = {};

function line(metric: string, value: number, unit: string): void {
  metrics[metric] = { value, unit };
  process.stdout.write(`${metric} ${Number.isInteger(value) ? value : value.toPrecision(6)} ${unit}\n`);
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Median wall time of one 300-day replica in this process (after three warm-up runs). */
function singleRun(scenarioDir: string): number {
  const scenario = readFleeScenario(scenarioDir);
  const settings = loadSettings({ file: join(scenarioDir, 'simsetting.yml') });
  for (let k = 0; k < 3; k++) runReplica(scenario, settings, k, 1, undefined); // warm-up
  return median(Array.from({ length: 11 }, (_, k) => runReplica(scenario, settings, k, 100 + k, undefined).wallSeconds));
}

function ensemble(scenarioDir: string, store: string, extra: readonly string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'ensemble', scenarioDir, '--replicas', String(replicas), '--store', store, '--summary', join(store, 'summary.json'), '--quiet', ...extra], { encoding: 'utf8' });
  const wall = seconds(started);
  if (r.status !== 0) throw new Error(`corridor ensemble failed: ${r.stderr}`);
  return wall;
}

function report(key: string, wall: number, workers: number, single: number): void {
  line(`ensemble.mali2012.${key}.wall_s`, wall, 's');
  line(`ensemble.mali2012.${key}.replicas_per_s`, replicas / wall, 'replicas/s');
  line(`ensemble.mali2012.${key}.overhead_per_replica_s`, (wall * workers) / replicas - single, 's');
}

/** SIGTERM (a worker finishes its job and leaves), SIGKILL if it has not gone after 10 s. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((res) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('exit', () => {
      clearTimeout(force);
      res();
    });
    child.kill('SIGTERM');
  });
}

async function throughRedis(scenarioDir: string, store: string): Promise<number> {
  const redis = await startRedisServer();
  const workers = [0, 1].map(() => spawn(process.execPath, [cli, 'worker', '--queue', redis.url, '--threads', '1'], { stdio: ['ignore', 'ignore', 'pipe'] }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((res, rej) => {
            let text = '';
            w.stderr.on('data', (b: Buffer) => {
              text += b.toString();
              if (text.includes('waiting for jobs')) res();
            });
            w.on('exit', () => rej(new Error(`worker exited: ${text}`)));
          }),
      ),
    );
    return ensemble(scenarioDir, store, ['--queue', redis.url]);
  } finally {
    await Promise.all(workers.map((w) => stop(w)));
    redis.process.kill('SIGKILL');
  }
}

/**
 * Per-day camp counts of every stored replica, three ways, each timed from opening a reader: the
 * mean and band per camp and day computed by the store; every (run, day, camp) count as Int32Array
 * columns; and the same rows as JSON-ready values (the generic path of `corridor query`).
 */
async function queryTimes(store: string): Promise<void> {
  const perDay = `SELECT camp, "day", avg(sim) AS mean, quantile_cont(sim, 0.05) AS p05, quantile_cont(sim, 0.95) AS p95 FROM camp_days GROUP BY camp, "day"`;
  const matrix = `SELECT (dense_rank() OVER (ORDER BY run_id) - 1)::INTEGER AS run, "day", (dense_rank() OVER (ORDER BY camp) - 1)::INTEGER AS camp, sim FROM camp_days`;
  const allRows = `SELECT run_id, "day", camp, sim FROM camp_days`;
  const cases = [
    ['per_day_band', 6, async (r: StoreReader) => (await r.query(perDay)).rows.length],
    ['all_counts_int32', 6, async (r: StoreReader) => (await r.int32Columns(matrix)).data[0].length],
    ['all_counts_json', 3, async (r: StoreReader) => (await r.query(allRows)).rows.length],
  ] as const;
  for (const [key, repeats, run] of cases) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < repeats; i++) {
      const started = process.hrtime.bigint();
      const reader = await openStoreReader(store);
      rows = await run(reader);
      reader.close();
      if (i > 0) times.push(seconds(started));
    }
    line(`store.query.camp_days.${key}.s`, median(times), 's');
    line(`store.query.camp_days.${key}.rows`, rows, 'rows');
  }
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'query', perDay, '--store', store, '--format', 'csv'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`corridor query failed: ${r.stderr}`);
  line('store.query.camp_days.per_day_band.cli_process_s', seconds(started), 's');
}

async function main(): Promise<void> {
  const mali = join(sharedDir(), 'scenarios', 'flee', 'mali2012');
  const scratch = mkdtempSync(join(tmpdir(), 'corridor-bench-ensemble-'));
  try {
    const single = singleRun(mali);
    line('ensemble.mali2012.single_replica_in_process_s', single, 's');
    report('local_1_worker', ensemble(mali, join(scratch, 'local1'), ['--threads', '1']), 1, single);
    report('local_2_workers', ensemble(mali, join(scratch, 'local2'), ['--threads', '2']), 2, single);
    report('redis_2_workers', await throughRedis(mali, join(scratch, 'redis2')), 2, single);
    await queryTimes(join(scratch, 'local2'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'ensemble.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, replicas, metrics }, null, 2) + '\n');
  process.stdout.write('written bench-results/ensemble.json\n');
}

await main();

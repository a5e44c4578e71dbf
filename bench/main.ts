/**
 * `npm run bench`: speed of whole `corridor run` processes on Flee's own scenarios, against Flee's
 * serial CPU time from ../shared/reference/flee-baseline.csv.
 *
 * For each scenario and for 1 and 2 threads: one warm-up run, then the median wall time of N runs
 * of the built CLI (`node dist/bundle/bin.mjs run … --threads T`). The speed ratio is Flee's serial
 * CPU seconds divided by the wall time of our whole process. Prints `metric value unit` lines and
 * writes bench-results/bench.json. BENCH_RUNS (default 5) and BENCH_ONLY (substring of the
 * scenario name) narrow it down.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readBaseline } from './baseline.js';
import type { BaselineRow } from './baseline.js';
import { equivalenceCases } from './equivalence/cases.js';
import type { EquivalenceCase } from './equivalence/cases.js';
import { sharedDir } from './sharedDir.js';
import { median } from '../src/statistics/descriptive.js';

interface Row {
  scenario: string;
  threads: number;
  runs: number;
  wall_s_median: number;
  wall_s_all: number[];
  agent_steps: number;
  agent_steps_per_s_process: number;
  agent_steps_per_s_engine: number;
  flee_serial_cpu_s: number;
  speed_ratio: number;
}

function line(metric: string, value: number, unit: string): void {
  process.stdout.write(`${metric} ${Number.isInteger(value) ? value : value.toPrecision(6)} ${unit}\n`);
}

function benchCase(cli: string, scratch: string, c: EquivalenceCase, base: BaselineRow, threads: number, runs: number): Row {
  const out = join(scratch, 'out');
  const args = [cli, 'run', c.dir, '--settings', c.settingsFile, ...c.overrides.flatMap((o) => ['--set', o]), '--threads', String(threads), '--quiet', '--no-store', '--out', out];
  const once = (): { wall: number; engine: number; steps: number } => {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    if (r.status !== 0) throw new Error(`corridor run failed on ${c.scenario}: ${r.stderr}`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { agent_steps: number; agent_steps_per_s: number };
    return { wall, engine: summary.agent_steps_per_s, steps: summary.agent_steps };
  };
  once(); // warm-up (file cache)
  const samples = Array.from({ length: runs }, once);
  const walls = samples.map((s) => s.wall);
  const wall = median(walls);
  return {
    scenario: c.scenario,
    threads,
    runs,
    wall_s_median: wall,
    wall_s_all: walls,
    agent_steps: samples[0].steps,
    agent_steps_per_s_process: samples[0].steps / wall,
    agent_steps_per_s_engine: median(samples.map((s) => s.engine)),
    flee_serial_cpu_s: base.fleeCpuSeconds,
    speed_ratio: base.fleeCpuSeconds / wall,
  };
}

function main(): void {
  const shared = sharedDir();
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const only = process.env.BENCH_ONLY;
  const baseline = new Map(readBaseline(shared).map((r) => [r.scenario, r]));
  const cli = resolve('dist', 'bundle', 'bin.mjs');
  const scratch = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
  const rows: Row[] = [];
  try {
    for (const c of equivalenceCases(shared)) {
      if (only !== undefined && !c.scenario.includes(only)) continue;
      const base = baseline.get(c.scenario);
      if (base === undefined) continue;
      for (const threads of [1, 2]) {
        const row = benchCase(cli, scratch, c, base, threads, runs);
        rows.push(row);
        const key = `${c.scenario.replace('/', '.')}.threads${threads}`;
        line(`${key}.wall_s_median`, row.wall_s_median, 's');
        line(`${key}.agent_steps_per_s_process`, row.agent_steps_per_s_process, 'agent-steps/s');
        line(`${key}.agent_steps_per_s_engine`, row.agent_steps_per_s_engine, 'agent-steps/s');
        line(`${key}.speed_ratio_vs_flee_serial`, row.speed_ratio, 'x');
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'bench.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2) + '\n');
  process.stdout.write('written bench-results/bench.json\n');
}

main();

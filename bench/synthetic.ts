/**
 * `npm run bench:synthetic`: the engine on seeded synthetic networks (src/synthetic): 50, 1,000
 * and 20,000 locations, 10⁶ and 10⁷ agents, 100 days, awareness levels 1, 2 and 5, on 1 and 2
 * threads. Reports agent-steps/s over all agents and over agents that moved, and bytes per agent
 * = (peak RSS − peak RSS of the same run with no agents) ÷ agents. Each run is its own process;
 * the figure is the median of BENCH_RUNS (default 3) after a warm-up run (10⁷ agents: one run).
 * BENCH_SYNTHETIC_QUICK=1 runs only the 1,000-location, 10⁶-agent, awareness-1 case.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from '../src/statistics/descriptive.js';

interface ChildResult {
  wall_s: number;
  agent_steps: number;
  moved_agent_steps: number;
  peak_rss_bytes: number;
}

const tsx = resolve('node_modules', '.bin', 'tsx');

function child(locations: number, agents: number, days: number, awareness: number, threads: number): ChildResult {
  const r = spawnSync(tsx, [resolve('bench', 'syntheticChild.ts'), ...[locations, agents, days, awareness, threads].map(String)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`synthetic run failed (${locations} locations, ${agents} agents): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

function line(metric: string, value: number, unit: string): void {
  process.stdout.write(`${metric} ${Number.isInteger(value) ? value : value.toPrecision(6)} ${unit}\n`);
}

function main(): void {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const quick = process.env.BENCH_SYNTHETIC_QUICK === '1';
  const days = 100;
  const rows: object[] = [];
  const sizes = quick ? [1000] : [50, 1000, 20000];
  const populations = quick ? [1_000_000] : [1_000_000, 10_000_000];
  const levels = quick ? [1] : [1, 2, 5];
  for (const locations of sizes) {
    for (const awareness of levels) {
      // "The same run with no agents", on the same number of threads (a second thread brings its
      // own isolate and copies of the network).
      const emptyRss = [1, 2].map((threads) => child(locations, 0, days, awareness, threads).peak_rss_bytes);
      for (const agents of populations) {
        for (const threads of [1, 2]) {
          const empty = emptyRss[threads - 1];
          // 10⁷-agent runs take close to a minute each: one run, no warm-up.
          const large = agents >= 10_000_000;
          if (!large) child(locations, agents, days, awareness, threads); // warm-up
          const samples = Array.from({ length: large ? 1 : runs }, () => child(locations, agents, days, awareness, threads));
          const wall = median(samples.map((s) => s.wall_s));
          const steps = samples[0].agent_steps;
          const moved = samples[0].moved_agent_steps;
          const rss = median(samples.map((s) => s.peak_rss_bytes));
          const key = `synthetic.L${locations}.A${agents}.aw${awareness}.threads${threads}`;
          line(`${key}.agent_steps_per_s`, steps / wall, 'agent-steps/s');
          line(`${key}.moved_agent_steps_per_s`, moved / wall, 'agent-steps/s');
          line(`${key}.wall_s`, wall, 's');
          line(`${key}.bytes_per_agent`, (rss - empty) / agents, 'B');
          line(`${key}.peak_rss_mb`, rss / 2 ** 20, 'MiB');
          rows.push({ locations, agents, days, awareness, threads, wall_s: wall, agent_steps: steps, moved_agent_steps: moved, peak_rss_bytes: rss, empty_rss_bytes: empty });
        }
      }
    }
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'synthetic.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2) + '\n');
  process.stdout.write('written bench-results/synthetic.json\n');
}

main();

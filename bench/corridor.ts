/**
 * `npm run bench:corridor`: the corridor scenarios of this repository (issue 4 (d)): the built CLI
 * on each, whole process, one warm-up then the median of BENCH_RUNS (default 5) runs. Prints
 * `metric value unit` lines (wall time, agent-steps per second of the engine and of the whole
 * process, persons, detections) and writes bench-results/corridor.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from '../src/statistics/descriptive.js';

const SCENARIOS = ['western-balkans-2015', 'western-balkans-2023'];

function line(metric: string, value: number, unit: string): void {
  process.stdout.write(`${metric} ${Number.isInteger(value) ? value : value.toPrecision(6)} ${unit}\n`);
}

function main(): void {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const cli = resolve('dist', 'bundle', 'bin.mjs');
  const scratch = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
  const rows: Record<string, unknown>[] = [];
  try {
    for (const name of SCENARIOS) {
      const out = join(scratch, name);
      const once = (): { wall: number; steps: number; engine: number; persons: number; detections: number } => {
        const started = process.hrtime.bigint();
        const r = spawnSync(process.execPath, [cli, 'run', resolve('scenarios', name), '--quiet', '--no-store', '--out', out], { encoding: 'utf8' });
        const wall = Number(process.hrtime.bigint() - started) / 1e9;
        if (r.status !== 0) throw new Error(`corridor run failed on ${name}: ${r.stderr}`);
        const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { agent_steps: number; agent_steps_per_s: number; ledger: { persons_created: number; overall: { detections: number } } };
        return { wall, steps: s.agent_steps, engine: s.agent_steps_per_s, persons: s.ledger.persons_created, detections: s.ledger.overall.detections };
      };
      once();
      const samples = Array.from({ length: runs }, once);
      const wall = median(samples.map((x) => x.wall));
      const row = { scenario: name, runs, wall_s_median: wall, wall_s_all: samples.map((x) => x.wall), agent_steps: samples[0].steps, agent_steps_per_s_engine: median(samples.map((x) => x.engine)), agent_steps_per_s_process: samples[0].steps / wall, persons: samples[0].persons, detections: samples[0].detections };
      rows.push(row);
      line(`corridor.${name}.wall_s`, wall, 's');
      line(`corridor.${name}.agent_steps_per_s_engine`, row.agent_steps_per_s_engine, 'agent-steps/s');
      line(`corridor.${name}.agent_steps_per_s_process`, row.agent_steps_per_s_process, 'agent-steps/s');
      line(`corridor.${name}.persons`, row.persons, 'persons');
      line(`corridor.${name}.detections`, row.detections, 'detections');
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'corridor.json'), JSON.stringify(rows, null, 2) + '\n');
}

main();

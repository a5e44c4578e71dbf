/**
 * `npm run ab:speed -- <refA> <refB> [--pairs 5] [--threads 1]`: is B as fast as A? Checks each ref
 * out into a temporary worktree (node_modules linked from here), builds its CLI bundle there
 * (`npm run build:cli`), then times interleaved pairs (A B, B A, A B, …, after one warm-up run of
 * each) of two benchmarks:
 *   - flee-validation/mali2012 as a whole process of the built CLI
 *     (`node dist/bundle/bin.mjs run … --no-store --quiet`), wall time of the process;
 *   - the synthetic case of `npm run bench:synthetic` in its quick size (1,000 locations, 10⁶ agents,
 *     100 days, awareness 1; `tsx bench/syntheticChild.ts` of each ref), the simulation's own wall
 *     time as that child reports it.
 * Prints every pair, the medians, the ratio B/A of the medians and whether it is within 5%, and, as
 * a check less sensitive to load that drifts during the runs, the median of the per-pair ratios.
 * Other work on the machine shows in the times: the load average is printed before and after, and
 * the figures mean something only on a quiet machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism as availableCores, loadavg } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from '../bench/sharedDir.js';
import { median } from '../src/statistics/descriptive.js';
import { parseArguments, repositoryRoot, runScript, withTwoCheckouts, type Checkout } from './builds/worktree.js';

/** One timed run of a benchmark with one build, in seconds. */
type Benchmark = (build: Checkout) => number;

interface Pair {
  readonly first: 'A' | 'B';
  readonly secondsA: number;
  readonly secondsB: number;
}

const TOLERANCE = 0.05;

function fail(what: string, r: ReturnType<typeof spawnSync>): never {
  throw new Error(`${what} failed (exit ${r.status}): ${String(r.stderr).slice(-2000)}`);
}

function wholeProcess(shared: string, threads: number, outDir: string): Benchmark {
  const dir = join(shared, 'scenarios', 'flee-validation', 'mali2012');
  const settings = join(shared, 'scenarios', 'flee-validation', 'simsetting.yml');
  return (build) => {
    const args = ['dist/bundle/bin.mjs', 'run', dir, '--settings', settings, '--seed', '1', '--threads', String(threads), '--no-store', '--quiet', '--out', outDir];
    // A fresh folder for every run: builds that mark their output folders refuse one written by a build that did not.
    rmSync(outDir, { recursive: true, force: true });
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: build.dir, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (r.status !== 0) fail(`mali2012 with ${build.ref}`, r);
    return seconds;
  };
}

function synthetic(root: string, threads: number): Benchmark {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  return (build) => {
    const r = spawnSync(tsx, ['bench/syntheticChild.ts', '1000', '1000000', '100', '1', String(threads)], { cwd: build.dir, encoding: 'utf8' });
    if (r.status !== 0) fail(`synthetic case with ${build.ref}`, r);
    const last = r.stdout.trim().split('\n').at(-1) ?? '{}';
    return (JSON.parse(last) as { wall_s: number }).wall_s;
  };
}

/** A warm-up run of each build, then `pairs` pairs in alternating order (A B, B A, …). */
function interleaved(name: string, benchmark: Benchmark, a: Checkout, b: Checkout, pairs: number): Pair[] {
  benchmark(a);
  benchmark(b);
  const result: Pair[] = [];
  for (let i = 0; i < pairs; i++) {
    const first = i % 2 === 0 ? 'A' : 'B';
    const [x, y] = first === 'A' ? [benchmark(a), benchmark(b)] : [benchmark(b), benchmark(a)];
    const pair: Pair = first === 'A' ? { first, secondsA: x, secondsB: y } : { first, secondsA: y, secondsB: x };
    process.stderr.write(`${name} pair ${i + 1}: A ${pair.secondsA.toFixed(3)} s, B ${pair.secondsB.toFixed(3)} s\n`);
    result.push(pair);
  }
  return result;
}

function report(name: string, pairs: readonly Pair[]): boolean {
  const medianA = median(pairs.map((p) => p.secondsA));
  const medianB = median(pairs.map((p) => p.secondsB));
  const ratio = medianB / medianA;
  const within = Math.abs(ratio - 1) <= TOLERANCE;
  const pairRatio = median(pairs.map((p) => p.secondsB / p.secondsA));
  const lines = [
    `### ${name}`,
    '',
    '| pair | order | A s | B s | B/A |',
    '| ---: | --- | ---: | ---: | ---: |',
    ...pairs.map((p, i) => `| ${i + 1} | ${p.first === 'A' ? 'A, B' : 'B, A'} | ${p.secondsA.toFixed(3)} | ${p.secondsB.toFixed(3)} | ${(p.secondsB / p.secondsA).toFixed(3)} |`),
    '',
    `median A ${medianA.toFixed(3)} s, median B ${medianB.toFixed(3)} s, B/A ${ratio.toFixed(3)}: ${within ? 'within' : 'NOT within'} 5%` +
      ` (median of the pair ratios ${pairRatio.toFixed(3)})`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return within;
}

function build(checkout: Checkout): void {
  process.stderr.write(`building ${checkout.ref} (${checkout.commit.slice(0, 10)})\n`);
  execFileSync('npm', ['run', 'build:cli', '--silent'], { cwd: checkout.dir, stdio: ['ignore', 'ignore', 'inherit'] });
}

function main(): number {
  const { positional, options } = parseArguments(process.argv.slice(2));
  const pairs = Number(options.get('pairs') ?? 5);
  const threads = Number(options.get('threads') ?? 1);
  if (positional.length !== 2 || !(pairs >= 1) || !(threads >= 1)) {
    process.stderr.write('usage: npm run ab:speed -- <refA> <refB> [--pairs 5] [--threads 1]\n');
    return 2;
  }
  const root = repositoryRoot();
  return withTwoCheckouts(root, [positional[0], positional[1]], 'corridor-ab-', (builds, scratch) => {
    builds.forEach(build);
    const [a, b] = builds;
    const load = loadavg()[0].toFixed(2);
    process.stdout.write(`A = ${a.ref} (${a.commit.slice(0, 10)}), B = ${b.ref} (${b.commit.slice(0, 10)}); ${pairs} pairs, ${threads} thread(s)\n\n`);
    const mali = report('flee-validation/mali2012, whole process (built CLI)', interleaved('mali2012', wholeProcess(sharedDir(), threads, join(scratch, 'out')), a, b, pairs));
    const synth = report('synthetic: 1,000 locations, 10⁶ agents, 100 days, awareness 1 (simulation wall time)', interleaved('synthetic', synthetic(root, threads), a, b, pairs));
    process.stdout.write(`load average (1 min) before ${load}, after ${loadavg()[0].toFixed(2)} on ${availableCores()} cores\n`);
    return mali && synth ? 0 : 1;
  });
}

runScript(main);

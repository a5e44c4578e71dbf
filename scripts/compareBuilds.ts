/**
 * `npm run compare:builds -- <refA> <refB> [--only <text>] [--seed <s>]`: do two builds give the same
 * outputs? Checks each ref out into a temporary worktree (node_modules linked from here), runs its CLI
 * under tsx (`tsx src/cli/bin.ts run … --no-store --seed 1`) on every scenario of
 * ../shared/scenarios/flee* and on scenarios/western-balkans-{2023,2015} of this checkout, at 1 and 2
 * threads, and compares every output file byte for byte (summary.json without its timings), and the
 * exit code and standard error. Both builds write to the same output path, so paths cannot differ.
 * Prints a Markdown table and exits 1 when anything differs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../bench/sharedDir.js';
import { compareFolders } from './builds/compareOutputs.js';
import { scenarioCases, type ScenarioCase } from './builds/scenarioCases.js';
import { parseArguments, repositoryRoot, runScript, withTwoCheckouts, type Checkout } from './builds/worktree.js';

interface CaseRun {
  readonly status: number | null;
  readonly stderr: string;
  readonly seconds: number;
  readonly outDir: string;
}

interface CaseResult {
  readonly name: string;
  readonly threads: number;
  readonly files: number;
  /** Exit code of A's run (B's is the same unless `difference` says otherwise). */
  readonly status: number | null;
  readonly difference: string | undefined;
  readonly secondsA: number;
  readonly secondsB: number;
}

/** Runs one case with one build; its outputs end up in `keepDir`. */
function runCase(root: string, build: Checkout, c: ScenarioCase, seed: string, runDir: string, keepDir: string): CaseRun {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const settings = c.settingsFile === undefined ? [] : ['--settings', c.settingsFile];
  const args = ['src/cli/bin.ts', 'run', c.dir, ...settings, '--seed', seed, '--threads', String(c.threads), '--no-store', '--quiet', '--out', runDir];
  rmSync(runDir, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync(tsx, args, { cwd: build.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  mkdirSync(keepDir, { recursive: true });
  if (existsSync(runDir)) renameSync(runDir, keepDir);
  return { status: r.status, stderr: r.stderr, seconds, outDir: keepDir };
}

function compareRuns(c: ScenarioCase, a: CaseRun, b: CaseRun): CaseResult {
  const common = { name: c.name, threads: c.threads, status: a.status, secondsA: a.seconds, secondsB: b.seconds };
  const folders = compareFolders(a.outDir, b.outDir);
  if (a.status !== b.status) return { ...common, files: folders.files, difference: `exit code ${a.status} vs ${b.status}` };
  if (a.stderr !== b.stderr) return { ...common, files: folders.files, difference: 'standard error' };
  return { ...common, files: folders.files, difference: folders.firstDifference };
}

function printTable(results: readonly CaseResult[], builds: readonly Checkout[]): void {
  const lines = [
    `A = ${builds[0].ref} (${builds[0].commit.slice(0, 10)}), B = ${builds[1].ref} (${builds[1].commit.slice(0, 10)})`,
    '',
    '| scenario | threads | exit code | files compared | identical | first differing file | A s | B s |',
    '| --- | ---: | ---: | ---: | --- | --- | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.threads} | ${r.status} | ${r.files} | ${r.difference === undefined ? 'yes' : 'NO'} | ${r.difference ?? ''} | ${r.secondsA.toFixed(1)} | ${r.secondsB.toFixed(1)} |`,
    ),
    '',
    'A run that exits with an error (flee-large/netherlands is a graph that the reader rejects) is compared by its exit code and standard error.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

function main(): number {
  const { positional, options } = parseArguments(process.argv.slice(2));
  if (positional.length !== 2) {
    process.stderr.write('usage: npm run compare:builds -- <refA> <refB> [--only <text in scenario name>] [--seed <s>]\n');
    return 2;
  }
  const root = repositoryRoot();
  const only = options.get('only');
  const seed = options.get('seed') ?? '1';
  const cases = scenarioCases(sharedDir(), root).filter((c) => only === undefined || c.name.includes(only));
  return withTwoCheckouts(root, [positional[0], positional[1]], 'corridor-builds-', (builds, scratch) => {
    const results = cases.map((c, i) => {
      const [a, b] = builds.map((build, side) => runCase(root, build, c, seed, join(scratch, 'run'), join(scratch, 'out', String(side), String(i))));
      const result = compareRuns(c, a, b);
      process.stderr.write(`${c.name} threads ${c.threads}: ${result.difference === undefined ? 'identical' : `differs (${result.difference})`}\n`);
      return result;
    });
    printTable(results, builds);
    const differing = results.filter((r) => r.difference !== undefined).length;
    process.stdout.write(differing === 0 ? `All ${results.length} cases identical.\n` : `${differing} of ${results.length} cases differ.\n`);
    return differing === 0 ? 0 : 1;
  });
}

runScript(main);

/**
 * kill -9 while `corridor run` writes its output folder: at each stage of the writer (the
 * test-only hook CORRIDOR_TEST_KILL_OUTPUT_AT, src/runFiles/outputFaults.ts, makes the process
 * SIGKILL itself there) the folder holds the complete old set or the complete new set, never a
 * mix. The one exception is the documented window between the swap's two renames, where the folder
 * is absent and the old set is whole in its backup sibling. The next run cleans up and leaves the
 * complete new set with nothing beside it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KILL_OUTPUT_AT_VARIABLE, OUTPUT_STAGES, type OutputStage } from '../../src/runFiles/outputFaults.js';
import { runInProcess } from '../store/inProcessCli.js';
import { runCliAsync } from './runCli.js';

const example = resolve('scenarios/example');
const scratch = mkdtempSync(join(tmpdir(), 'corridor-out-kill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The old set: two replicas (replica-0/, replica-1/); the new set: one replica, another seed. */
const OLD_ARGS = ['--days', '8', '--replicas', '2', '--threads', '1'];
const NEW_ARGS = ['--days', '8', '--seed', '9', '--threads', '1'];
const runArgs = (out: string, more: readonly string[]) => ['run', example, '--out', out, '--no-store', '--quiet', ...more];

/** Every file under `dir` by relative path; summary.json without its timings (they vary by run). */
function contents(dir: string, rel = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) Object.assign(files, contents(dir, path));
    else files[path] = e.name === 'summary.json' ? withoutTimings(readFileSync(join(dir, path), 'utf8')) : readFileSync(join(dir, path), 'utf8');
  }
  return files;
}

function withoutTimings(text: string): string {
  const { wall_s: _w, agent_steps_per_s: _a, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify(rest);
}

let oldSet: Record<string, string>;
let newSet: Record<string, string>;

beforeAll(async () => {
  expect((await runInProcess(runArgs(join(scratch, 'old'), OLD_ARGS))).status).toBe(0);
  expect((await runInProcess(runArgs(join(scratch, 'new'), NEW_ARGS))).status).toBe(0);
  oldSet = contents(join(scratch, 'old'));
  newSet = contents(join(scratch, 'new'));
  expect(Object.keys(oldSet)).toContain('replica-1/states.csv');
  expect(Object.keys(newSet)).toContain('states.csv');
});

/** 'old', 'new', 'absent' or 'mixed'. */
function state(dir: string): string {
  if (!existsSync(dir)) return 'absent';
  const now = contents(dir);
  if (JSON.stringify(now) === JSON.stringify(oldSet)) return 'old';
  if (JSON.stringify(now) === JSON.stringify(newSet)) return 'new';
  return 'mixed';
}

const EXPECTED: Readonly<Record<OutputStage, string>> = {
  'temp-created': 'old',
  'file-written': 'old',
  'files-written': 'old',
  'old-set-moved': 'absent',
  'new-set-in-place': 'new',
};

describe('kill -9 while writing an output folder', () => {
  it('leaves the whole old set or the whole new set at every stage, and the next run cleans up', async () => {
    const outs = OUTPUT_STAGES.map((stage) => {
      const out = join(scratch, stage, 'out');
      mkdirSync(join(scratch, stage));
      cpSync(join(scratch, 'old'), out, { recursive: true });
      return out;
    });
    const killed = await Promise.all(OUTPUT_STAGES.map((stage, i) => runCliAsync(runArgs(outs[i], NEW_ARGS), undefined, { [KILL_OUTPUT_AT_VARIABLE]: stage })));
    OUTPUT_STAGES.forEach((stage, i) => {
      expect(killed[i].signal, `${stage}: ${killed[i].stderr}`).toBe('SIGKILL');
      expect(state(outs[i]), stage).toBe(EXPECTED[stage]);
      const siblings = readdirSync(join(scratch, stage)).filter((name) => name !== 'out').sort();
      if (stage !== 'old-set-moved') expect(siblings, stage).toHaveLength(1);
      // Between the swap's renames both sets are whole on disk: the old one in the backup sibling.
      else expect(siblings.map((name) => `${/corridor-(old|tmp)-/.exec(name)?.[1]}:${state(join(scratch, stage, name))}`)).toEqual(['old:old', 'tmp:new']);
    });
    for (const [i, stage] of OUTPUT_STAGES.entries()) {
      expect((await runInProcess(runArgs(outs[i], NEW_ARGS))).status, stage).toBe(0);
      expect(state(outs[i]), stage).toBe('new');
      expect(readdirSync(join(scratch, stage)), stage).toEqual(['out']);
    }
  }, 60_000);
});

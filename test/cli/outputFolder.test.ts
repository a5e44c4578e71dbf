/**
 * `--out` of `corridor run` (and compare, validate, calibrate): refused before simulating when it
 * would overwrite or delete inputs or is no place for output; otherwise replaced as a unit (no
 * stale replica folders, nothing temporary left beside it).
 */
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedScenario } from '../helpers/sharedData.js';
import { expectCleanFailure, runInProcess } from '../store/inProcessCli.js';
import { runCliAsync } from './runCli.js';

const example = resolve('scenarios/example');
const mali = sharedScenario('flee/mali2012');
const scratch = mkdtempSync(join(tmpdir(), 'corridor-out-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A fresh folder under the scratch folder. */
function fresh(): string {
  const dir = join(scratch, `case-${count++}`);
  mkdirSync(dir);
  return dir;
}

/** A copy of scenarios/example; returns its folder. */
function exampleCopy(): string {
  const dir = join(fresh(), 'example');
  cpSync(example, dir, { recursive: true });
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

const run = (scenario: string, out: string, ...more: string[]) => runInProcess(['run', scenario, '--out', out, '--no-store', '--quiet', '--threads', '1', ...more]);

describe('--out refusals (exit 2 before simulating, inputs untouched)', () => {
  it('refuses the scenario folder itself and a folder inside it', async () => {
    const scenario = exampleCopy();
    const before = snapshot(scenario);
    expectCleanFailure(await run(scenario, scenario), /--out: .* is the input folder .*example or lies inside it/);
    expectCleanFailure(await run(scenario, join(scenario, 'results')), /is the input folder .* or lies inside it/);
    expect(snapshot(scenario)).toEqual(before);
  });

  it('refuses a folder that holds the scenario folder', async () => {
    const scenario = exampleCopy();
    expectCleanFailure(await run(scenario, join(scenario, '..')), /holds the input .*example; replacing the output folder would delete it/);
    expect(existsSync(join(scenario, '..', 'summary.json'))).toBe(false);
  });

  it('refuses the folder of a settings file and of a file scenario.yml names outside its folder', async () => {
    const settingsDir = fresh();
    writeFileSync(join(settingsDir, 'my-settings.yml'), readFileSync(join(mali, 'simsetting.yml')));
    expectCleanFailure(await run(mali, settingsDir, '--settings', join(settingsDir, 'my-settings.yml'), '--days', '3'), /is the folder of the input file .*my-settings\.yml/);
    expect(readdirSync(settingsDir)).toEqual(['my-settings.yml']);

    const scenario = exampleCopy();
    const shared = join(scenario, '..', 'shared');
    mkdirSync(shared);
    cpSync(join(scenario, 'links.csv'), join(shared, 'links.csv'));
    writeFileSync(join(scenario, 'scenario.yml'), readFileSync(join(scenario, 'scenario.yml'), 'utf8').replace('links: links.csv', 'links: ../shared/links.csv'));
    expectCleanFailure(await run(scenario, shared), /is the folder of the input file .*shared\/links\.csv/);
    expect(readdirSync(shared)).toEqual(['links.csv']);
  });

  it('refuses a folder that holds the results store (replacing it would delete the store)', async () => {
    const out = join(fresh(), 'out');
    const r = await runInProcess(['run', example, '--out', out, '--store', join(out, 'store'), '--quiet', '--days', '3']);
    expectCleanFailure(r, /--out: .*out holds the results store .*out\/store; replacing the output folder would delete it/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a non-empty folder that corridor did not write, and leaves it as it was', async () => {
    const mine = fresh();
    writeFileSync(join(mine, 'thesis.tex'), 'chapter 1\n');
    expectCleanFailure(await run(example, mine), /is a non-empty folder that corridor did not write \(it has no \.corridor-output file\)/);
    expect(snapshot(mine)).toEqual({ 'thesis.tex': 'chapter 1\n' });
  });

  it('says so when the refused folder looks like the output of an earlier corridor version (no marker yet)', async () => {
    const older = fresh();
    mkdirSync(join(older, 'replica-0'));
    writeFileSync(join(older, 'replica-0', 'out.csv'), 'Day\n');
    writeFileSync(join(older, 'summary.json'), '{}\n');
    expectCleanFailure(await run(example, older), /did not write .*; it looks like the output of a corridor version from before output folders were marked: delete it or choose another --out/);
    expect(readdirSync(older).sort()).toEqual(['replica-0', 'summary.json']);
  });

  it.skipIf(process.getuid?.() === 0)('refuses an output folder whose parent is not writable, before simulating', async () => {
    const parent = fresh();
    mkdirSync(join(parent, 'out'));
    chmodSync(parent, 0o555);
    try {
      expectCleanFailure(await run(example, join(parent, 'out')), /--out: cannot write in .*, where .*out and its temporary sibling go/);
    } finally {
      chmodSync(parent, 0o755);
    }
  });

  it('refuses an empty path and special file systems (a recursive mkdir under /proc never returns)', async () => {
    const cwd = fresh();
    const [empty, proc, sys] = await Promise.all([
      runCliAsync(['run', example, '--out', '', '--no-store', '--quiet'], cwd),
      runCliAsync(['run', example, '--out', '/proc/corridor-test/out', '--no-store', '--quiet'], cwd),
      runCliAsync(['run', example, '--out', '/sys/corridor-test', '--no-store', '--quiet'], cwd),
    ]);
    expectCleanFailure(empty, /--out: an empty path is not an output folder/);
    expect(readdirSync(cwd)).toEqual([]);
    expectCleanFailure(proc, /--out: \/proc\/corridor-test\/out is on the special file system \/proc/);
    expectCleanFailure(sys, /--out: \/sys\/corridor-test is on the special file system \/sys/);
  }, 30_000);
});

describe('an output folder is replaced as a unit', () => {
  it('rerunning with fewer replicas leaves no replica folders of the earlier run, and nothing beside the folder', async () => {
    const parent = fresh();
    const out = join(parent, 'out');
    expect((await run(example, out, '--replicas', '2', '--days', '10')).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.corridor-output', 'replica-0', 'replica-1', 'summary.json']);
    expect((await run(example, out, '--days', '10', '--seed', '7')).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.corridor-output', 'apprehensions.csv', 'crossings.csv', 'locations.csv', 'states.csv', 'summary.json']);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toMatchObject({ replicas: 1 });
    expect(JSON.parse(readFileSync(join(out, '.corridor-output'), 'utf8'))).toMatchObject({ written_by: 'corridor run' });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('accepts a folder holding only what other corridor commands put there, and keeps it', async () => {
    const out = fresh();
    mkdirSync(join(out, 'validation'));
    writeFileSync(join(out, 'validation', '.corridor-output'), '{"written_by":"corridor validate","entries":[]}\n');
    writeFileSync(join(out, 'ensemble-0123abcd.json'), '{}\n');
    expect((await run(example, out, '--days', '5')).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.corridor-output', 'apprehensions.csv', 'crossings.csv', 'ensemble-0123abcd.json', 'locations.csv', 'states.csv', 'summary.json', 'validation']);
  });

  it('follows a symbolic link to the output folder: the folder it names gets the new set, the link stays', async () => {
    const parent = fresh();
    expect((await run(example, join(parent, 'real'), '--days', '3', '--replicas', '2')).status).toBe(0);
    symlinkSync(join(parent, 'real'), join(parent, 'link'));
    expect((await run(example, join(parent, 'link'), '--days', '3')).status).toBe(0);
    expect(lstatSync(join(parent, 'link')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(parent, 'link'))).toContain('states.csv');
    expect(readdirSync(join(parent, 'link'))).not.toContain('replica-1');
    expect(readdirSync(parent).sort()).toEqual(['link', 'real']);
  });

  it('the next run removes a temporary folder a killed run left beside the output folder', async () => {
    const parent = fresh();
    const out = join(parent, 'out');
    expect((await run(example, out, '--days', '5')).status).toBe(0);
    const leftover = join(parent, '.out.corridor-tmp-999999999-c0ffee');
    mkdirSync(leftover);
    writeFileSync(join(leftover, 'states.csv'), 'half a file');
    expect((await run(example, out, '--days', '5')).status).toBe(0);
    expect(readdirSync(parent)).toEqual(['out']);
  });
});

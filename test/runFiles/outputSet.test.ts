/**
 * An output folder is written as a unit (src/runFiles/outputSet.ts): the old set is replaced as a
 * whole, a failure leaves it as it was, and what a killed run left beside the folder is cleaned up
 * by the next write.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, readMarker } from '../../src/runFiles/outputMarker.js';
import { writeOutputSet } from '../../src/runFiles/outputSet.js';

let parent: string;
let target: string;

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'corridor-output-set-'));
  target = join(parent, 'out');
});

afterEach(() => rmSync(parent, { recursive: true, force: true }));

/** Every file under `dir`, by relative path, with its text. */
function tree(dir: string, rel = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) Object.assign(files, tree(dir, path));
    else files[path] = readFileSync(join(dir, path), 'utf8');
  }
  return files;
}

/** A process id no process has any more. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
}

const oldSet = () =>
  writeOutputSet(target, 'corridor run', (set) => {
    set.write('replica-0/out.csv', 'old 0\n');
    set.write('replica-1/out.csv', 'old 1\n');
    set.write('summary.json', '{"old":true}\n');
  });

describe('writeOutputSet', () => {
  it('replaces the old set as a whole, with a marker naming the writer, and leaves nothing beside it', () => {
    oldSet();
    const paths = writeOutputSet(target, 'corridor run', (set) => [set.write('out.csv', 'new\n'), set.write('summary.json', '{"new":true}\n')]);
    expect(paths).toEqual([join(target, 'out.csv'), join(target, 'summary.json')]);
    expect(tree(target)).toEqual({ [OUTPUT_MARKER]: readFileSync(join(target, OUTPUT_MARKER), 'utf8'), 'out.csv': 'new\n', 'summary.json': '{"new":true}\n' });
    expect(readMarker(target)).toEqual({ writtenBy: 'corridor run', entries: ['out.csv', 'summary.json'] });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('keeps entries outside the old set (a nested output folder, a file the user added)', () => {
    oldSet();
    writeOutputSet(join(target, 'validation'), 'corridor validate', (set) => set.write('validation.json', '{}\n'));
    writeFileSync(join(target, 'notes.txt'), 'mine\n');
    writeOutputSet(target, 'corridor run', (set) => set.write('out.csv', 'new\n'));
    expect(readdirSync(target).sort()).toEqual([OUTPUT_MARKER, 'notes.txt', 'out.csv', 'validation']);
    expect(readFileSync(join(target, 'validation', 'validation.json'), 'utf8')).toBe('{}\n');
  });

  it('leaves the old set untouched and removes the temporary folder when writing fails', () => {
    oldSet();
    const before = tree(target);
    expect(() =>
      writeOutputSet(target, 'corridor run', (set) => {
        set.write('out.csv', 'half\n');
        throw new Error('simulated failure');
      }),
    ).toThrow('simulated failure');
    expect(tree(target)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('removes a temporary sibling and a backup left by a killed run', () => {
    oldSet();
    const pid = deadPid();
    mkdirSync(join(parent, `.out.corridor-tmp-${pid}-0a1b2c`));
    writeFileSync(join(parent, `.out.corridor-tmp-${pid}-0a1b2c`, 'out.csv'), 'partial\n');
    mkdirSync(join(parent, `.out.corridor-old-${pid}-3d4e5f`));
    writeOutputSet(target, 'corridor run', (set) => set.write('out.csv', 'new\n'));
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('puts the old set back when a killed run left it in the backup with no folder in place', () => {
    oldSet();
    const before = tree(target);
    const backup = join(parent, `.out.corridor-old-${deadPid()}-abcdef`);
    renameSync(target, backup);
    expect(() =>
      writeOutputSet(target, 'corridor run', () => {
        throw new Error('stop after the clean-up');
      }),
    ).toThrow('stop after the clean-up');
    expect(tree(target)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('leaves alone the siblings of a run that is still going', () => {
    const live = join(parent, `.out.corridor-tmp-${process.ppid}-abcdef`);
    mkdirSync(live);
    writeOutputSet(target, 'corridor run', (set) => set.write('out.csv', 'new\n'));
    expect(existsSync(live)).toBe(true);
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ensureDir, ensureDirSync, writeFileAtomic, writeFileAtomicSync } from '../../src/runFiles/atomicWrite.js';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-atomic-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every entry under `root`, relative, sorted. */
function listAll(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[]).sort();
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  return undefined;
}

function caughtSync(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const target = path.join(dir, 'out.csv');
    await writeFileAtomic(target, 'a,b\n1,2\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('a,b\n1,2\n');
    expect(listAll(dir)).toEqual(['out.csv']);
  });

  it('replaces an existing file whole (a shorter text leaves no tail of the old one)', async () => {
    const target = path.join(dir, 'out.csv');
    fs.writeFileSync(target, 'x'.repeat(10_000));
    await writeFileAtomic(target, 'short\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('short\n');
    writeFileAtomicSync(target, new Uint8Array([104, 105]));
    expect(fs.readFileSync(target, 'utf8')).toBe('hi');
    expect(listAll(dir)).toEqual(['out.csv']);
  });

  it('turns a path through a regular file (ENOTDIR) into a clear InputError', async () => {
    const file = path.join(dir, 'results');
    fs.writeFileSync(file, 'I am a file');
    const target = path.join(file, 'out.csv');
    const e = await caught(writeFileAtomic(target, 'data'));
    expect(e).toBeInstanceOf(InputError);
    const message = (e as InputError).message;
    expect(message).toBe(`${target}: cannot write the file: a part of the path is a file, not a folder (ENOTDIR)`);
    expect(message).not.toMatch(/\n\s+at /);
    expect(listAll(dir)).toEqual(['results']);
    expect(fs.readFileSync(file, 'utf8')).toBe('I am a file');

    const s = caughtSync(() => writeFileAtomicSync(target, 'data'));
    expect(s).toBeInstanceOf(InputError);
    expect((s as InputError).message).toContain('ENOTDIR');
    expect(listAll(dir)).toEqual(['results']);
  });

  it('removes the temporary file when the final rename fails', async () => {
    const target = path.join(dir, 'taken');
    fs.mkdirSync(target); // renaming a file over a folder fails (EISDIR)
    fs.writeFileSync(path.join(target, 'keep'), 'k');
    const e = await caught(writeFileAtomic(target, 'data'));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(new RegExp(`^${target}: cannot write the file: `));
    expect(listAll(dir)).toEqual(['taken', path.join('taken', 'keep')]);

    expect(caughtSync(() => writeFileAtomicSync(target, 'data'))).toBeInstanceOf(InputError);
    expect(listAll(dir)).toEqual(['taken', path.join('taken', 'keep')]);
  });

  it('reports a missing folder', async () => {
    const target = path.join(dir, 'nope', 'out.csv');
    const e = await caught(writeFileAtomic(target, 'data'));
    expect((e as InputError).message).toBe(`${target}: cannot write the file: the folder does not exist (ENOENT)`);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder without write permission (EACCES)', async () => {
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked, { mode: 0o500 });
    try {
      const e = await caught(writeFileAtomic(path.join(locked, 'out.csv'), 'data'));
      expect((e as InputError).message).toContain('permission denied (EACCES)');
      expect(fs.readdirSync(locked)).toEqual([]);
    } finally {
      fs.chmodSync(locked, 0o700);
    }
  });
});

describe('ensureDir', () => {
  it('creates nested folders and accepts existing ones', async () => {
    const nested = path.join(dir, 'a', 'b', 'c');
    await ensureDir(nested);
    await ensureDir(nested);
    ensureDirSync(path.join(dir, 'a', 'x'));
    expect(fs.statSync(nested).isDirectory()).toBe(true);
    expect(fs.statSync(path.join(dir, 'a', 'x')).isDirectory()).toBe(true);
  });

  it('reports a path through a file as an InputError naming the folder', async () => {
    const file = path.join(dir, 'f');
    fs.writeFileSync(file, '');
    const target = path.join(file, 'sub');
    const e = await caught(ensureDir(target));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(new RegExp(`^${target}: cannot create the folder: .*\\((ENOTDIR|EEXIST)\\)$`));
    const s = caughtSync(() => ensureDirSync(file));
    expect((s as InputError).message).toBe(`${file}: cannot create the folder: the path exists and is not a folder (EEXIST)`);
  });
});

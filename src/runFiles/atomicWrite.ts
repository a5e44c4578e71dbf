/**
 * Result files are written whole or not at all: data goes to a temporary file in the target's
 * folder, is flushed to disk, and is renamed over the target (rename within one file system is
 * atomic on POSIX). File-system failures become `InputError`s that name the path and the cause,
 * so the CLI prints one clear line instead of a stack trace.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { InputError } from '../errors.js';

/** Plain words for the error codes a user can do something about. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EISDIR: 'the path is a folder, not a file',
  EEXIST: 'the path exists and is not a folder',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the path is too long',
  EXDEV: 'cannot rename across file systems',
  EBUSY: 'the file is busy',
  ELOOP: 'too many symbolic links in the path',
};

function errorCode(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e) {
    return typeof e.code === 'string' ? e.code : undefined;
  }
  return undefined;
}

/** Turns a Node file-system error into an InputError about `target`; other errors pass through. */
export function toInputError(e: unknown, target: string, action: string): unknown {
  const code = errorCode(e);
  if (code === undefined) return e;
  const cause = CAUSES[code] ?? (e instanceof Error ? e.message : code);
  return new InputError(`cannot ${action}: ${cause} (${code})`, { file: target });
}

function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  const base = path.basename(target);
  return path.join(dir, `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `target` atomically: a temporary file `.<name>.<pid>.<random>.tmp` in the same
 * folder is written, fsynced and renamed over `target` (the folder must exist; see `ensureDir`).
 * An existing `target` is replaced whole. On any failure the temporary file is removed and an
 * `InputError` naming `target` is thrown.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(target);
  let handle: fsp.FileHandle | undefined;
  let created = false;
  try {
    handle = await fsp.open(tmp, 'wx');
    created = true;
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, target);
    created = false;
  } catch (e) {
    if (handle !== undefined) await handle.close().catch(() => undefined);
    if (created) await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw toInputError(e, target, 'write the file');
  }
  await syncDirectory(path.dirname(target));
}

/** Synchronous twin of `writeFileAtomic`, for exit paths and small files. */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(target);
  let fd: number | undefined;
  let created = false;
  try {
    fd = fs.openSync(tmp, 'wx');
    created = true;
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
    created = false;
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the original error is the one to report
      }
    }
    if (created) fs.rmSync(tmp, { force: true });
    throw toInputError(e, target, 'write the file');
  }
  syncDirectorySync(path.dirname(target));
}

/**
 * Creates `dir` and its missing parents (no error if it exists). A path through a file, a lack of
 * permission and the like become an `InputError` naming `dir`.
 */
export async function ensureDir(dir: string): Promise<void> {
  try {
    await fsp.mkdir(dir, { recursive: true });
  } catch (e) {
    throw toInputError(e, dir, 'create the folder');
  }
}

/** Synchronous twin of `ensureDir`. */
export function ensureDirSync(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw toInputError(e, dir, 'create the folder');
  }
}

/** Makes the rename durable where the platform allows fsync on a folder; best effort otherwise. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const h = await fsp.open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // not supported on every platform and file system; the data itself is already synced
  }
}

function syncDirectorySync(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // as above
  }
}

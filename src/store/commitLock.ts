/**
 * A short-lived lock file around the commit of a partition (re-check of run ids, then rename), so
 * two processes storing the same run cannot both commit it. The lock is held for an instant, and
 * while it is held its holder touches it every second (a heartbeat). A lock is taken over when
 *  - its holder is a process of this host that no longer runs, or whose process id now belongs to
 *    a process started at another time (a reused id: processOwner.ts), or
 *  - it has not been touched for STALE_LOCK_MS (a holder that died on another host sharing the
 *    store, or a lock whose holder cannot be judged, such as one left by an older corridor).
 * So a lock left by a dead process never keeps a finished run out of the store.
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeadOwner, thisOwner } from './processOwner.js';
import type { ProcessOwner } from './processOwner.js';
import { InputError } from '../errors.js';

/** A lock untouched for this long is stale (a live holder touches it every HEARTBEAT_MS). */
export const STALE_LOCK_MS = 10_000;
const HEARTBEAT_MS = 1_000;

export async function withCommitLock<T>(lockFile: string, work: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  const mine = JSON.stringify({ ...thisOwner(), token: randomBytes(6).toString('hex') });
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      try {
        writeSync(fd, mine);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new InputError(`cannot lock the results store for a commit: ${(e as Error).message}`, { file: lockFile });
      }
    }
    const holder = readHolder(lockFile);
    if (isStale(lockFile, holder)) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new InputError(`the results store has been locked for ${timeoutMs / 1000} s by ${holder === undefined ? 'another process' : `pid ${holder.pid} on ${holder.host}`}`, {
        file: lockFile,
        expected: 'the other process to finish, or the lock file removed if no corridor process is running',
      });
    }
    await sleep(20);
  }
  const heartbeat = setInterval(() => isMine(lockFile, mine) && touch(lockFile), HEARTBEAT_MS);
  try {
    return await work();
  } finally {
    clearInterval(heartbeat);
    if (isMine(lockFile, mine)) rmSync(lockFile, { force: true }); // never another holder's lock
  }
}

function isMine(lockFile: string, mine: string): boolean {
  try {
    return readFileSync(lockFile, 'utf8') === mine;
  } catch {
    return false;
  }
}

/** Removes the lock file when it is stale (a writer opening the store clears what a dead one left). */
export function clearStaleLock(lockFile: string): void {
  if (existsSync(lockFile) && isStale(lockFile, readHolder(lockFile))) rmSync(lockFile, { force: true });
}

function isStale(lockFile: string, holder: ProcessOwner | undefined): boolean {
  if (holder !== undefined && isDeadOwner(holder)) return true;
  try {
    return Date.now() - statSync(lockFile).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // gone meanwhile: the next attempt takes it
  }
}

function touch(lockFile: string): void {
  try {
    const now = new Date();
    utimesSync(lockFile, now, now);
  } catch {
    // removed by a process that judged it stale: the commit's re-check under the lock still holds
  }
}

function readHolder(lockFile: string): ProcessOwner | undefined {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as ProcessOwner;
  } catch {
    return undefined;
  }
}

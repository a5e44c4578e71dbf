/**
 * A short-lived lock file around the commit of a partition (re-check of run ids, then rename), so
 * two processes on one host storing the same run cannot both commit it. A lock left by a process
 * that died is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeadOwner, thisOwner } from './storeLayout.js';
import type { StagingOwner } from './storeLayout.js';
import { InputError } from '../errors.js';

export async function withCommitLock<T>(lockFile: string, work: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      try {
        writeSync(fd, JSON.stringify(thisOwner()));
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
    if (holder !== undefined && isDeadOwner(holder)) {
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
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

function readHolder(lockFile: string): StagingOwner | undefined {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as StagingOwner;
  } catch {
    return undefined;
  }
}

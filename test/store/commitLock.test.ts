import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_LOCK_MS, withCommitLock } from '../../src/store/commitLock.js';
import { thisOwner } from '../../src/store/processOwner.js';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'corridor-lock-')), 'commit.lock');

describe('commit lock: a stale lock never costs a finished result', () => {
  it('takes over a lock naming a live process that is not its holder (a reused process id)', async () => {
    const lock = lockIn();
    // pid 1 runs, but it was not started at this time: the holder that wrote the lock is gone.
    writeFileSync(lock, JSON.stringify({ host: hostname(), pid: 1, started: '1' }));
    const started = Date.now();
    expect(await withCommitLock(lock, () => Promise.resolve('stored'), 2_000)).toBe('stored');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock its holder stopped touching (a holder on another host, or an older corridor)', async () => {
    const lock = lockIn();
    writeFileSync(lock, JSON.stringify({ host: 'elsewhere', pid: 1 }));
    const old = new Date(Date.now() - STALE_LOCK_MS - 5_000);
    utimesSync(lock, old, old);
    expect(await withCommitLock(lock, () => Promise.resolve('stored'), 2_000)).toBe('stored');
  });

  it('waits for a lock whose holder is alive and touching it', async () => {
    const lock = lockIn();
    writeFileSync(lock, JSON.stringify(thisOwner()));
    await expect(withCommitLock(lock, () => Promise.resolve('stored'), 300)).rejects.toThrow(/locked for 0.3 s/);
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensembleRun } from './storedInputs.js';
import { FORMAT_ONE, rows, version } from './formatOneStore.js';
import { KILL_STORE_AT_VARIABLE, STORE_STAGES } from '../../src/store/storeFaults.js';
import type { StoreStage } from '../../src/store/storeFaults.js';
import { openStoreWriter } from '../../src/store/storeWriter.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Runs test/store/killedCommit.ts on `dir` with the kill set at `stage`. */
function killAt(dir: string, stage: StoreStage): NodeJS.Signals | null {
  const env = { ...process.env, [KILL_STORE_AT_VARIABLE]: stage };
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'killedCommit.ts'), dir], { cwd: resolve(here, '..', '..'), encoding: 'utf8', env });
  return child.signal;
}

const RUNS = [ensembleRun(7, 'e1'), ensembleRun(8, 'e1')];

describe('results store: kill -9 while committing', () => {
  it.each(STORE_STAGES)('killed at %s: each run whole or absent, then stored once without waiting', async (stage) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'corridor-kill-')), 'store');
    const migrating = stage.startsWith('migration');
    if (migrating) cpSync(FORMAT_ONE, dir, { recursive: true });
    expect(killAt(dir, stage)).toBe('SIGKILL');

    const stored = Number((await rows(dir, 'SELECT count(*) FROM runs'))[0][0]);
    expect(stored).toBe((migrating ? 2 : 0) + (stage === 'partition-published' ? 2 : 0));
    expect(await rows(dir, 'SELECT count(*)::INTEGER FROM ensemble_members')).toEqual([[migrating ? 1 : stage === 'partition-published' ? 2 : 0]]);
    expect(version(dir)).toBe(2);

    const started = Date.now();
    const w = await openStoreWriter(dir); // sweeps what the dead writer left; its lock does not hold this one up
    try {
      expect((await w.commit(RUNS)).stored).toHaveLength(stage === 'partition-published' ? 0 : 2);
    } finally {
      w.close();
    }
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await rows(dir, "SELECT count(*)::INTEGER, count(DISTINCT run_id)::INTEGER FROM runs WHERE host = 'test-host'")).toEqual([[2, 2]]);
    expect(await rows(dir, "SELECT count(*)::INTEGER FROM ensemble_members WHERE ensemble_id = 'e1'")).toEqual([[2]]);
    expect(await rows(dir, 'SELECT count(*)::INTEGER FROM input_files')).toEqual([[2]]);
    expect(readdirSync(join(dir, '.staging'))).toEqual([]);
    expect(existsSync(join(dir, 'commit.lock'))).toBe(false);
  });
});

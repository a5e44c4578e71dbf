import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './inProcessCli.js';
import { outsideLinksScenario, touchSharedLinks } from './outsideScenario.js';
import { openStoreReader } from '../../src/store/storeReader.js';

async function rows(store: string, sql: string): Promise<unknown[][]> {
  const r = await openStoreReader(store);
  try {
    return (await r.query(sql)).rows.map((row) => [...row]);
  } finally {
    r.close();
  }
}

describe('run id: every file the scenario read', () => {
  it('a changed file outside the scenario folder gives a new run id, and the run keeps its input files by relative name', async () => {
    const base = mkdtempSync(join(tmpdir(), 'corridor-outside-'));
    const dir = outsideLinksScenario(base);
    const store = join(base, 'store');
    const run = (out: string) => runInProcess(['run', dir, '--days', '2', '--quiet', '--threads', '1', '--out', join(base, out), '--store', store]);
    expect((await run('a')).status).toBe(0);
    expect((await run('b')).status).toBe(0); // same bytes: already stored
    expect(await rows(store, 'SELECT count(*)::INTEGER FROM runs')).toEqual([[1]]);
    touchSharedLinks(base);
    expect((await run('c')).status).toBe(0);
    expect(await rows(store, 'SELECT count(DISTINCT run_id)::INTEGER, count(DISTINCT scenario_hash)::INTEGER FROM runs')).toEqual([[2, 2]]);
    const names = await rows(store, "SELECT DISTINCT name FROM run_inputs WHERE name LIKE '%links.csv' ORDER BY name");
    expect(names).toEqual([['../shared/links.csv']]);
    // Two versions of links.csv, each kept once; the scenario's other files are shared by both runs.
    expect(await rows(store, 'SELECT count(DISTINCT hash)::INTEGER, count(*)::INTEGER FROM input_files')).toEqual([[5, 5]]);
    expect(await rows(store, 'SELECT DISTINCT scenario_path FROM runs')).toEqual([['scenario']]);
    const shown = JSON.stringify(await rows(store, 'SELECT * FROM run_inputs'));
    expect(shown).not.toContain(base);
    expect(readdirSync(join(store, '.staging'))).toEqual([]);
  });
});

import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './inProcessCli.js';
import { outsideLinksScenario, touchSharedLinks } from './outsideScenario.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { readScenarioFiles } from '../../src/store/scenarioFiles.js';
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

  it('a Flee series file named outside the folder (data_layout.csv: ../) is part of the scenario hash', () => {
    const base = mkdtempSync(join(tmpdir(), 'corridor-outside-flee-'));
    const dir = join(base, 'mali2012');
    cpSync('../shared/scenarios/flee-validation/mali2012', dir, { recursive: true });
    mkdirSync(join(base, 'observed'));
    renameSync(join(dir, 'source_data', 'refugees.csv'), join(base, 'observed', 'refugees.csv'));
    const layout = join(dir, 'source_data', 'data_layout.csv');
    writeFileSync(layout, readFileSync(layout, 'utf8').replace('total,refugees.csv', 'total,../../observed/refugees.csv'));
    const hash = () => {
      const files = readScenarioFiles(dir, readFleeScenario(dir).inputFiles);
      expect(files.files.map((f) => f.path)).toContain('../observed/refugees.csv');
      return files.hash;
    };
    const before = hash();
    appendFileSync(join(base, 'observed', 'refugees.csv'), '\n');
    expect(hash()).not.toBe(before);
  });
});

import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_ONE, rows, version } from './formatOneStore.js';
import { ensembleRun, INPUTS } from './storedInputs.js';
import { listRuns as dashboardRuns } from '../../src/server/runList.js';
import { openStoreReader } from '../../src/store/storeReader.js';
import { listRuns } from '../../src/store/storeText.js';
import { openStoreWriter } from '../../src/store/storeWriter.js';

const scratch = () => join(mkdtempSync(join(tmpdir(), 'corridor-format-')), 'store');

describe('results store: format 2', () => {
  it('reads a store written by format 1 after migrating it in place, once', async () => {
    const dir = scratch();
    cpSync(FORMAT_ONE, dir, { recursive: true });
    expect(version(dir)).toBe(1);
    expect(await rows(dir, 'SELECT run_id, ensemble_id, days FROM runs ORDER BY days')).toEqual([
      ['bc83441f0e01a6794e22', '1b9e1d36ca68', 2],
      ['01ebbd90f4db62a1bd9c', null, 3],
    ]);
    expect(version(dir)).toBe(2);
    // format 1 kept the absolute path the scenario was given by; it is not shown
    expect(await rows(dir, 'SELECT DISTINCT scenario_path FROM runs')).toEqual([['example']]);
    expect(await rows(dir, 'SELECT ensemble_id, run_id FROM ensemble_members')).toEqual([['1b9e1d36ca68', 'bc83441f0e01a6794e22']]);
    const parts = readdirSync(join(dir, 'parts'));
    const w = await openStoreWriter(dir); // a second opening migrates nothing
    w.close();
    expect(readdirSync(join(dir, 'parts'))).toEqual(parts);
    expect(await rows(dir, 'SELECT count(*)::INTEGER FROM run_inputs')).toEqual([[0]]);
  });

  it('records every ensemble a run belongs to, while storing the run once', async () => {
    const dir = scratch();
    const w = await openStoreWriter(dir);
    try {
      expect((await w.commit([ensembleRun(1, null)])).stored).toHaveLength(1);
      const again = await w.commit([ensembleRun(1, 'a'), ensembleRun(2, 'a')]);
      expect(again.skipped).toHaveLength(1);
      expect((await w.commit([ensembleRun(1, 'b'), ensembleRun(1, 'a')])).stored).toEqual([]);
      expect((await w.commit([ensembleRun(1, 'b')])).partition).toBeUndefined(); // nothing new
    } finally {
      w.close();
    }
    const one = ensembleRun(1, null).runId;
    const two = ensembleRun(2, null).runId;
    expect(await rows(dir, 'SELECT count(*)::INTEGER FROM runs')).toEqual([[2]]);
    expect(await rows(dir, 'SELECT ensemble_id, run_id FROM ensemble_members ORDER BY ensemble_id, run_id')).toEqual(
      [['a', one], ['a', two], ['b', one]].sort((x, y) => (x.join() < y.join() ? -1 : 1)),
    );
    // corridor runs list --ensemble b lists the run that ensemble a (or corridor run) stored
    const listed = JSON.parse(await listRuns(dir, { scenario: undefined, ensemble: 'b', limit: 0, format: 'json' })) as { run_id: string }[];
    expect(listed.map((r) => r.run_id)).toEqual([one]);
    // the dashboard groups the run stored by corridor run under the ensemble that took it in
    const reader = await openStoreReader(dir);
    try {
      const entries = (await dashboardRuns(reader)).runs;
      expect(entries.find((r) => r.runId === one)?.ensembleId).toBe('a');
    } finally {
      reader.close();
    }
  });

  it('keeps each run input file by name and hash, and each content once', async () => {
    const dir = scratch();
    const w = await openStoreWriter(dir);
    try {
      await w.commit([ensembleRun(1, 'a')]);
      await w.commit([ensembleRun(2, 'a'), ensembleRun(3, 'a')]);
    } finally {
      w.close();
    }
    expect(await rows(dir, 'SELECT name, count(*)::INTEGER FROM run_inputs GROUP BY name ORDER BY name')).toEqual([
      ['../shared/links.csv', 3],
      ['scenario.yml', 3],
    ]);
    const contents = await rows(dir, `SELECT r.name, decode(f.content) FROM input_files f JOIN (SELECT DISTINCT name, hash FROM run_inputs) r USING (hash) ORDER BY r.name`);
    expect(contents).toEqual(INPUTS.map((f) => [f.path, f.content.toString()]).sort());
  });
});

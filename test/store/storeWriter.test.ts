import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CAMPS, CROSSINGS, LEDGER_SUMMARY, LOCATIONS, handBuiltRun } from './handBuiltRecord.js';
import { openStoreReader } from '../../src/store/storeReader.js';
import { openStoreWriter } from '../../src/store/storeWriter.js';
import type { StoreWriter } from '../../src/store/storeWriter.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'corridor-store-'));
const open: StoreWriter[] = [];
const writer = async (dir: string) => {
  const w = await openStoreWriter(dir);
  open.push(w);
  return w;
};
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});

async function rows(dir: string, sql: string): Promise<unknown[][]> {
  const r = await openStoreReader(dir);
  try {
    return (await r.query(sql)).rows.map((row) => [...row]);
  } finally {
    r.close();
  }
}
const count = async (dir: string, table: string) => Number((await rows(dir, `SELECT count(*) FROM ${table}`))[0][0]);

describe('results store: writing runs', () => {
  it('stores every table of a run with network and ledger, with the values of the record', async () => {
    const dir = scratch();
    const run = handBuiltRun(3, 6);
    const w = await writer(dir);
    const result = await w.commit([run]);
    expect(result.stored).toEqual([run.runId]);
    const id = `'${run.runId}'`;
    expect(await rows(dir, `SELECT scenario, scenario_hash, seed, replica, days, start_date, code_version, host FROM runs`)).toEqual([
      ['hand-built', 'f'.repeat(64), '1003', 3, 6, '2020-03-01', 'test', 'test-host'],
    ]);
    // camp series: offset 3000 + 10·day + camp index
    expect(await rows(dir, `SELECT camp, sim, data FROM camp_days WHERE run_id = ${id} AND "day" = 4 ORDER BY camp`)).toEqual([
      [CAMPS[0], 3040, 21],
      [CAMPS[1], 3041, 21],
    ]);
    expect(await count(dir, 'run_days')).toBe(6);
    expect(await rows(dir, `SELECT location, kind, latitude FROM locations ORDER BY latitude`)).toEqual([
      ['Town', 'town', 1],
      ['Border', 'crossing', 2],
      ['Camp A', 'camp', 3],
      ['Camp B', 'camp', 4],
    ]);
    expect(await rows(dir, `SELECT present FROM location_days WHERE "day" = 2 AND location = 'Camp A'`)).toEqual([[3000 + 2 * 4 + 2]]);
    // location_series: each location's whole series in one row, sorted by location, and its peak
    const seriesOf = (l: number) => Array.from({ length: 6 }, (_, t) => 3000 + 4 * t + l);
    expect(await rows(dir, `SELECT location, peak, present FROM location_series WHERE run_id = ${id}`)).toEqual(
      [...LOCATIONS].sort().map((name) => [name, Math.max(...seriesOf(LOCATIONS.indexOf(name))), seriesOf(LOCATIONS.indexOf(name))]),
    );
    expect(await rows(dir, `SELECT from_location, to_location, flow FROM link_days WHERE "day" = 1 AND link = 2`)).toEqual([['Border', 'Camp B', (1 * 3 + 2) % 7]]);
    expect(await rows(dir, `SELECT crossing, attempts, detections, crossed FROM crossing_days WHERE "day" = 5 ORDER BY crossing`)).toEqual([
      [CROSSINGS[1], 10 + 11, 11 % 3, 8 + 11],
      [CROSSINGS[0], 10 + 10, 10 % 3, 8 + 10],
    ]);
    expect(await rows(dir, `SELECT at_location, in_detention, arrived FROM state_days WHERE "day" = 3`)).toEqual([[53, 1, 3]]);
    expect(await count(dir, 'apprehensions')).toBe(18);
    expect(await rows(dir, `SELECT location, registrations, occupancy FROM registration_days WHERE "day" = 3`)).toEqual([['Camp A', 2, 8]]);
    expect(await count(dir, 'registration_days')).toBe(6); // the other locations never register anyone
    expect(JSON.parse((await rows(dir, 'SELECT ledger_summary FROM runs'))[0][0] as string)).toEqual(LEDGER_SUMMARY);
    expect(await rows(dir, `SELECT outcome, count(*) FROM apprehensions GROUP BY outcome ORDER BY outcome`)).toEqual([
      ['detention', '9'],
      ['push-back', '9'],
    ]);
  });

  it('stores a run without network or ledger with empty tables for them', async () => {
    const dir = scratch();
    await (await writer(dir)).commit([handBuiltRun(0, 4, { withExtras: false })]);
    expect(await count(dir, 'camp_days')).toBe(4 * CAMPS.length);
    for (const t of ['locations', 'location_days', 'location_series', 'link_days', 'crossing_days', 'state_days', 'registration_days', 'apprehensions']) expect(await count(dir, t)).toBe(0);
    expect(await rows(dir, 'SELECT ledger_summary FROM runs')).toEqual([[null]]);
  });

  it('recognises a run stored before (same scenario, settings, seed, replica, days) and does not store it twice', async () => {
    const dir = scratch();
    const first = await writer(dir);
    await first.commit([handBuiltRun(0), handBuiltRun(1)]);
    const again = await (await writer(dir)).commit([handBuiltRun(1), handBuiltRun(2), handBuiltRun(2)]);
    expect(again.stored).toEqual([handBuiltRun(2).runId]);
    expect(again.skipped).toEqual([handBuiltRun(1).runId, handBuiltRun(2).runId]);
    expect(await rows(dir, 'SELECT replica, count(*) FROM runs GROUP BY replica ORDER BY replica')).toEqual([
      [0, '1'],
      [1, '1'],
      [2, '1'],
    ]);
    // A different day count is a different run.
    expect((await first.commit([handBuiltRun(0, 7)])).stored).toHaveLength(1);
  });

  it('two writers storing the same run at once store it once', async () => {
    const dir = scratch();
    const [a, b] = [await writer(dir), await writer(dir)];
    const results = await Promise.all([a.commit([handBuiltRun(5)]), b.commit([handBuiltRun(5)])]);
    expect(results.map((r) => r.stored.length).sort()).toEqual([0, 1]);
    expect(await count(dir, 'runs')).toBe(1);
    expect(await count(dir, 'camp_days')).toBe(5 * CAMPS.length);
  });

  it('makes a run visible only at its commit: a failure before it leaves nothing behind', async () => {
    const dir = scratch();
    const w = await writer(dir);
    await w.commit([handBuiltRun(0)]);
    let seenWhileStaged = -1;
    const failing = w.commit([handBuiltRun(1), handBuiltRun(2)], {
      beforePublish: async (staging) => {
        expect(readdirSync(staging)).toContain('camp_days.parquet'); // fully written, not yet committed
        seenWhileStaged = await count(dir, 'runs');
        throw new Error('disk pulled out');
      },
    });
    await expect(failing).rejects.toThrow('disk pulled out');
    expect(seenWhileStaged).toBe(1);
    expect(await count(dir, 'runs')).toBe(1);
    expect(await count(dir, 'camp_days')).toBe(5 * CAMPS.length);
    expect(readdirSync(join(dir, '.staging'))).toEqual([]);
    // The same runs can be stored afterwards.
    expect((await w.commit([handBuiltRun(1), handBuiltRun(2)])).stored).toHaveLength(2);
    expect(await count(dir, 'runs')).toBe(3);
  });

  it('refuses a store path through a regular file, and a non-empty folder that is not a store', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'file'), 'x');
    await expect(openStoreWriter(join(dir, 'file', 'store'))).rejects.toThrow(/results store.*ENOTDIR/);
    await expect(openStoreWriter(dir)).rejects.toThrow(/not empty and is not a corridor results store/);
    expect(existsSync(join(dir, 'store.json'))).toBe(false);
  });
});

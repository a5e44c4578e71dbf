import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { campSimValue, handBuiltRun } from './handBuiltRecord.js';
import { openStoreReader } from '../../src/store/storeReader.js';
import { openStoreWriter } from '../../src/store/storeWriter.js';

const here = dirname(fileURLToPath(import.meta.url));
const scratch = () => mkdtempSync(join(tmpdir(), 'corridor-store-'));

async function storeWith(replicas: number[]): Promise<string> {
  const dir = scratch();
  const w = await openStoreWriter(dir);
  await w.commit(replicas.map((k) => handBuiltRun(k)));
  w.close();
  return dir;
}

describe('results store: reading', () => {
  it('refuses every statement that would write, with a message that says so', async () => {
    const dir = await storeWith([0]);
    const r = await openStoreReader(dir);
    try {
      for (const sql of [
        "INSERT INTO runs (run_id) VALUES ('x')",
        'DELETE FROM camp_days',
        'UPDATE runs SET seed = 0',
        'DROP VIEW runs',
        'CREATE TABLE t (x INTEGER)',
        `COPY runs TO '${join(dir, 'parts', 'x.csv')}'`,
        `ATTACH '${join(dir, 'x.db')}'`,
        'SET threads = 1',
      ]) {
        await expect(r.query(sql), sql).rejects.toThrow(/read-only here: \w+ statement refused/);
      }
      await expect(r.query('SELECT 1; DELETE FROM runs')).rejects.toThrow(/2 statements.*exactly one SELECT/);
      await expect(r.query("SELECT * FROM read_csv('/etc/hostname')")).rejects.toThrow(/disabled by configuration/);
      await expect(r.query('SELEC 1')).rejects.toThrow(/syntax error/);
      expect((await r.query('SELECT count(*) AS n FROM runs')).rows).toEqual([['1']]);
    } finally {
      r.close();
    }
    expect(readdirSync(join(dir, 'parts')).every((name) => !name.endsWith('.csv'))).toBe(true);
  });

  it('returns INTEGER results as Int32Array columns, and refuses other types', async () => {
    const dir = await storeWith([0, 1]);
    const r = await openStoreReader(dir);
    try {
      const m = await r.int32Columns(`SELECT replica, "day", sim FROM camp_days JOIN runs USING (run_id) WHERE camp = 'Camp B' ORDER BY replica, "day"`);
      expect(m.columns).toEqual(['replica', 'day', 'sim']);
      expect(Array.from(m.data[2])).toEqual([0, 1].flatMap((k) => [0, 1, 2, 3, 4].map((t) => campSimValue(k * 1000, t, 1))));
      // Many chunks (DuckDB hands back 2,048 rows at a time), negative values, and a NULL named by its row.
      const many = await r.int32Columns('SELECT i::INTEGER AS i, (2 * i - 5000)::INTEGER AS j FROM range(5000) t(i) ORDER BY i');
      expect(many.data[0]).toEqual(Int32Array.from({ length: 5000 }, (_, i) => i));
      expect(many.data[1]).toEqual(Int32Array.from({ length: 5000 }, (_, i) => 2 * i - 5000));
      await expect(r.int32Columns('SELECT i::INTEGER AS i, CASE WHEN i = 4500 THEN NULL ELSE i END::INTEGER AS k FROM range(5000) t(i) ORDER BY i')).rejects.toThrow(
        /column k has a NULL in row 4501/,
      );
      await expect(r.int32Columns('SELECT camp FROM camp_days')).rejects.toThrow(/column camp is VARCHAR.*INTEGER columns only/);
      await expect(r.int32Columns('DELETE FROM runs')).rejects.toThrow(/read-only/);
    } finally {
      r.close();
    }
  });

  it('reads partitions written before a table was added to the schema', async () => {
    const dir = await storeWith([0]);
    const [partition] = readdirSync(join(dir, 'parts'));
    rmSync(join(dir, 'parts', partition, 'registration_days.parquet')); // an older partition: no such table yet
    const w = await openStoreWriter(dir);
    await w.commit([handBuiltRun(1)]);
    w.close();
    const r = await openStoreReader(dir);
    try {
      expect((await r.query('SELECT count(DISTINCT run_id) FROM registration_days')).rows).toEqual([['1']]);
      expect((await r.query('SELECT count(*) FROM runs')).rows).toEqual([['2']]);
    } finally {
      r.close();
    }
    rmSync(join(dir, 'parts', readdirSync(join(dir, 'parts'))[1], 'registration_days.parquet'));
    const again = await openStoreReader(dir);
    try {
      expect((await again.query('SELECT count(*) FROM registration_days')).rows).toEqual([['0']]); // no partition has it
    } finally {
      again.close();
    }
  });

  it('reads a store that does not exist yet as empty, without creating it', async () => {
    const dir = join(scratch(), 'not-yet');
    const r = await openStoreReader(dir);
    try {
      expect(r.empty).toBe(true);
      expect((await r.query('SELECT count(*) FROM camp_days')).rows).toEqual([['0']]);
    } finally {
      r.close();
    }
    expect(existsSync(dir)).toBe(false);
  });

  it('an open reader sees runs committed after it was opened (no lock between readers and writers)', async () => {
    const dir = await storeWith([0]);
    const r = await openStoreReader(dir);
    try {
      const w = await openStoreWriter(dir);
      await w.commit([handBuiltRun(1)]);
      w.close();
      expect((await r.query('SELECT count(*) FROM runs')).rows).toEqual([['2']]);
    } finally {
      r.close();
    }
  });

  it('a writer killed with SIGKILL mid-commit leaves no visible run, and its leftovers are swept', async () => {
    const dir = await storeWith([0]);
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'crashingWriter.ts'), dir], { cwd: resolve(here, '..', '..'), encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(readdirSync(join(dir, '.staging'))).toHaveLength(1); // the half-done partition
    const r = await openStoreReader(dir);
    expect((await r.query('SELECT replica FROM runs')).rows).toEqual([[0]]);
    r.close();
    const w = await openStoreWriter(dir); // sweeps the dead writer's staging folder
    expect(readdirSync(join(dir, '.staging'))).toEqual([]);
    expect((await w.commit([handBuiltRun(7), handBuiltRun(8)])).stored).toHaveLength(2);
    w.close();
  });
});

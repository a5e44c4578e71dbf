import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCorridor } from '../ensemble/processes.js';
import { expectCleanFailure, runInProcess } from './inProcessCli.js';
import { sharedScenario } from '../helpers/sharedData.js';
import { openMemoryDb } from '../../src/store/duckdb.js';

const mali = sharedScenario('flee/mali2012');
const scratch = () => mkdtempSync(join(tmpdir(), 'corridor-store-cli-'));

describe('corridor run stores its runs; corridor runs and corridor query read them', () => {
  const store = join(scratch(), 'store');
  const out = scratch();
  let runId = '';

  beforeAll(async () => {
    const r = await runCorridor(['run', mali, '--days', '15', '--seed', '4', '--out', out], { CORRIDOR_STORE: store });
    expect(r.status, r.stderr).toBe(0);
    runId = /stored\s+run ([0-9a-f]{20}) in /.exec(r.stdout)?.[1] ?? '';
    expect(runId).toMatch(/^[0-9a-f]{20}$/);
  });

  it('recognises the same run again and does not store it twice; --no-store stores nothing', async () => {
    const again = await runCorridor(['run', mali, '--days', '15', '--seed', '4', '--out', scratch(), '--store', store]);
    expect(again.stdout).toContain(`already stored     run ${runId} (same scenario, settings, seed, replica and days)`);
    const other = join(scratch(), 'other');
    expect((await runCorridor(['run', mali, '--days', '15', '--out', scratch(), '--no-store'], { CORRIDOR_STORE: other })).status).toBe(0);
    expect(existsSync(other)).toBe(false);
    const list = await runCorridor(['runs', 'list', '--store', store, '--format', 'json']);
    expect(JSON.parse(list.stdout)).toMatchObject([{ run_id: runId, scenario: 'mali2012', seed: '4', replica: 0, days: 15 }]);
  });

  it('shows a run by an id prefix, with its row counts', async () => {
    const r = await runCorridor(['runs', 'show', runId.slice(0, 6), '--store', store]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`run_id\\s+${runId}`));
    expect(r.stdout).toMatch(/camp_days\s+105\n/); // 15 days × 7 camps
    expect(r.stdout).toMatch(/code_version\s+0\.1\.0\+([0-9a-f]{12}(-dirty)?|unknown)/);
  });

  it('exports a run as CSV and Parquet with the numbers of out.csv', async () => {
    const csvDir = join(scratch(), 'csv');
    expect((await runCorridor(['runs', 'export', runId, '--format', 'csv', '--out', csvDir, '--store', store])).status).toBe(0);
    const campCsv = readFileSync(join(csvDir, 'camp_days.csv'), 'utf8').trimEnd().split('\n');
    expect(campCsv[0]).toBe('run_id,day,camp,sim,data');
    expect(campCsv).toHaveLength(1 + 105);
    const outCsv = readFileSync(join(out, 'out.csv'), 'utf8').trimEnd().split('\n').map((l) => l.split(','));
    const column = outCsv[0].indexOf('Mentao sim');
    const fromExport = campCsv.filter((l) => l.includes(',Mentao,')).map((l) => Number(l.split(',')[3]));
    expect(fromExport).toEqual(outCsv.slice(1).map((row) => Number(row[column])));

    const pqDir = join(scratch(), 'pq');
    expect((await runCorridor(['runs', 'export', runId.slice(0, 8), '--format', 'parquet', '--out', pqDir, '--store', store])).status).toBe(0);
    const db = await openMemoryDb(1);
    try {
      const r = await db.connection.runAndReadAll(`SELECT sim FROM read_parquet('${join(pqDir, 'camp_days.parquet')}') WHERE camp = 'Mentao' ORDER BY "day"`);
      expect(r.getRowsJS().map((row) => row[0])).toEqual(fromExport);
    } finally {
      db.close();
    }
    expect(existsSync(join(pqDir, 'runs.parquet'))).toBe(true);
    expect(existsSync(join(pqDir, 'crossing_days.parquet'))).toBe(false); // no ledger in a Flee run
  });

  it('answers SQL read-only, and refuses an INSERT with a clear message and exit code 2', async () => {
    const q = await runCorridor(['query', `SELECT count(*) AS n, max("day") AS last FROM camp_days WHERE run_id = '${runId}'`, '--store', store, '--format', 'csv']);
    expect(q.status, q.stderr).toBe(0);
    expect(q.stdout).toBe('n,last\n105,14\n');
    expectCleanFailure(await runInProcess(['query', "INSERT INTO runs (run_id) VALUES ('x')", '--store', store]), /read-only here: INSERT statement refused/);
    expectCleanFailure(await runInProcess(['query', 'SELECT nope FROM runs', '--store', store]), /the query failed: .*nope/);
  });

  it('bad arguments get a clear message, exit code 2 and no stack trace', async () => {
    expectCleanFailure(await runInProcess(['runs', 'export', runId, '--store', store]), /required option '--format <format>' not specified/);
    expectCleanFailure(await runInProcess(['runs', 'export', runId, '--format', 'xlsx', '--store', store]), /argument 'xlsx' is invalid.*parquet, csv/);
    expectCleanFailure(await runInProcess(['runs', 'show', 'abcdef', '--store', store]), /no run abcdef in the store/);
    expectCleanFailure(await runInProcess(['runs', 'show', 'not-an-id', '--store', store]), /"not-an-id" is not a run id/);
    const file = join(scratch(), 'file');
    writeFileSync(file, 'x');
    expectCleanFailure(await runInProcess(['run', mali, '--days', '3', '--out', scratch(), '--store', join(file, 'store')]), /results store.*ENOTDIR/);
  });
});

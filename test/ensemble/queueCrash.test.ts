import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnCorridor, startRedis, stopAll } from './processes.js';
import { sharedScenario } from '../helpers/sharedData.js';
import { runReplica } from '../../src/run/runReplica.js';
import { replicaSeed } from '../../src/engine/random.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { loadSettings } from '../../src/settings/loadSettings.js';
import { openStoreReader } from '../../src/store/storeReader.js';

const mali = sharedScenario('flee/mali2012');
const scratch = () => mkdtempSync(join(tmpdir(), 'corridor-queue-'));
const REPLICAS = 16;
const DAYS = 120;
const CAMPS = 7;

afterAll(stopAll);

async function storeCounts(store: string): Promise<{ runs: number; incomplete: number }> {
  const r = await openStoreReader(store);
  try {
    const q = await r.query(
      `SELECT count(*), count(*) FILTER (WHERE coalesce(c.n, 0) <> r.days * ${CAMPS})
       FROM runs r LEFT JOIN (SELECT run_id, count(*) AS n FROM camp_days GROUP BY run_id) c USING (run_id)`,
    );
    return { runs: Number(q.rows[0][0]), incomplete: Number(q.rows[0][1]) };
  } finally {
    r.close();
  }
}

describe('corridor ensemble --queue: two workers on a real Redis, one killed with SIGKILL mid-job', () => {
  it('stores every replica exactly once, and readers can query while the ensemble writes', async () => {
    const url = await startRedis();
    const workerArgs = ['worker', '--queue', url, '--threads', '1', '--lock-seconds', '2'];
    const [a, b] = [spawnCorridor(workerArgs), spawnCorridor(workerArgs)];
    await Promise.all([a.waitFor(/waiting for jobs/), b.waitFor(/waiting for jobs/)]);
    const bPid = b.process.pid ?? -1;

    const store = join(scratch(), 'store');
    const summary = join(scratch(), 'summary.json');
    const submit = spawnCorridor(['ensemble', mali, '--replicas', String(REPLICAS), '--days', String(DAYS), '--batch', '2', '--queue', url, '--store', store, '--summary', summary, '--quiet']);
    const killedJob = (await a.waitFor(/job (b-[0-9a-f]+) started/))[1];
    a.process.kill('SIGKILL');

    // Read the store from this process while the submitter writes to it.
    const seen: { runs: number; incomplete: number }[] = [];
    while (submit.running()) {
      if (existsSync(join(store, 'store.json'))) seen.push(await storeCounts(store));
      await sleep(150);
    }
    expect(await submit.exited, submit.output()).toBe(0);
    expect(await a.exited).toBeNull(); // killed

    // The job the killed worker held was run again by the other worker.
    expect(b.output()).toContain(`job ${killedJob} started`);
    expect(b.output()).toContain(`job ${killedJob} done`);

    const reader = await openStoreReader(store);
    try {
      const runs = await reader.query('SELECT replica, count(*), count(DISTINCT run_id), min(host), max(host) FROM runs GROUP BY replica ORDER BY replica');
      expect(runs.rows.map((r) => [r[0], r[1], r[2]])).toEqual(Array.from({ length: REPLICAS }, (_, k) => [k, '1', '1']));
      for (const r of runs.rows) expect([r[3], r[4]]).toEqual([expect.stringMatching(new RegExp(`/${bPid}$`)), expect.stringMatching(new RegExp(`/${bPid}$`))]);
      expect((await reader.query('SELECT count(*) FROM camp_days')).rows).toEqual([[String(REPLICAS * DAYS * CAMPS)]]);

      // Results came back bit-identical to the same replica run in this process.
      const k = 5;
      const expected = runReplica(readFleeScenario(mali), loadSettings({ file: join(mali, 'simsetting.yml') }), k, replicaSeed(1, k), DAYS).record;
      const stored = await reader.query(
        `SELECT c.camp, c.sim FROM camp_days c JOIN runs r USING (run_id) WHERE r.replica = ${k} ORDER BY c."day"`,
      );
      const sim = new Int32Array(DAYS * CAMPS);
      const perDay = new Array<number>(DAYS).fill(0);
      for (const [camp, value] of stored.rows) {
        const index = perDay.findIndex((n) => n < CAMPS);
        sim[index * CAMPS + expected.campNames.indexOf(camp as string)] = Number(value);
        perDay[index]++;
      }
      expect(sim).toEqual(expected.campSim);
    } finally {
      reader.close();
    }

    // Every look at the store during the run saw whole runs only, and some saw it half-way.
    expect(seen.every((s) => s.incomplete === 0)).toBe(true);
    expect(seen.map((s) => s.runs)).toEqual([...seen.map((s) => s.runs)].sort((x, y) => x - y));
    expect(seen.some((s) => s.runs > 0 && s.runs < REPLICAS)).toBe(true);
    expect(JSON.parse(readFileSync(summary, 'utf8'))).toMatchObject({ simulated: REPLICAS, already_stored: 0 });
  });

  it('an unreachable Redis is a clear error before anything is stored', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const store = join(scratch(), 'store');
    const [submit, worker, bad] = [
      spawnCorridor(['ensemble', mali, '--replicas', '2', '--days', '5', '--queue', url, '--store', store]),
      spawnCorridor(['worker', '--queue', url]),
      spawnCorridor(['worker', '--queue', 'localhost:6379']),
    ];
    expect(await Promise.all([submit.exited, worker.exited, bad.exited])).toEqual([2, 2, 2]);
    expect(submit.output()).toMatch(new RegExp(`cannot reach Redis at ${url}: .*ECONNREFUSED`));
    expect(submit.output()).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(store)).toBe(false);
    expect(worker.output()).toMatch(/cannot reach Redis/);
    expect(bad.output()).toMatch(/--queue localhost:6379: unsupported scheme "localhost:" \(expected redis:\/\/host:port/);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnCorridor, startRedisProcess, stopAll } from './processes.js';
import type { Child } from './processes.js';
import { sharedScenario } from '../helpers/sharedData.js';
import { openStoreReader } from '../../src/store/storeReader.js';

const mali = sharedScenario('flee/mali2012');
const scratch = () => mkdtempSync(join(tmpdir(), 'corridor-redis-loss-'));
/** Long enough for any run below; a submitter still running then is taken to hang. */
const HANG_MS = 15_000;

afterAll(stopAll);

/** The exit code, or 'still running' if the process has not ended within `ms`. */
function exitWithin(child: Child, ms: number): Promise<number | null | 'still running'> {
  return Promise.race([child.exited, sleep(ms, 'still running' as const, { ref: false })]);
}

async function flushAll(url: string): Promise<void> {
  const client = new Redis(url);
  try {
    await client.flushall();
  } finally {
    client.disconnect();
  }
}

async function redisKeys(url: string, pattern: string): Promise<string[]> {
  const client = new Redis(url);
  try {
    return await client.keys(pattern);
  } finally {
    client.disconnect();
  }
}

function submitArgs(url: string, store: string, replicas: number, extra: readonly string[]): string[] {
  return ['ensemble', mali, '--replicas', String(replicas), '--days', '60', '--batch', '1', '--queue', url, '--store', store, '--summary', join(scratch(), 'summary.json'), '--quiet', '--check-seconds', '0.3', ...extra];
}

const workerArgs = (url: string) => ['worker', '--queue', url, '--threads', '1', '--lock-seconds', '2', '--cache', scratch()];

describe('corridor ensemble --queue when Redis loses its data or goes away', () => {
  it('Redis flushed while workers run: the lost jobs and the scenario are sent again, and every replica is stored exactly once', async () => {
    const REPLICAS = 32;
    const { url } = await startRedisProcess();
    const a = spawnCorridor(workerArgs(url));
    await a.waitFor(/waiting for jobs/);
    const store = join(scratch(), 'store');
    const submit = spawnCorridor(submitArgs(url, store, REPLICAS, []));
    await a.waitFor(/(job b-[0-9a-f]+ done[^]*){5}/); // a few results back, most jobs still waiting
    await flushAll(url);

    expect(await exitWithin(submit, HANG_MS), submit.output()).toBe(0);
    expect(submit.output()).toMatch(/\d+ job\(s\) vanished from Redis at redis:\/\/127\.0\.0\.1:\d+ .*: submitted again/);
    expect(submit.output()).toMatch(/the scenario shipped to redis:\/\/127\.0\.0\.1:\d+ is gone: shipping it again/);
    expect(await redisKeys(url, 'corridor:scenario:*')).toHaveLength(1); // there again, for workers yet to come
    expect(await redisKeys(url, 'bull:corridor:b-*')).toEqual([]); // every job collected and removed
    const reader = await openStoreReader(store);
    try {
      const runs = await reader.query('SELECT replica, count(*) FROM runs GROUP BY replica ORDER BY replica');
      expect(runs.rows).toEqual(Array.from({ length: REPLICAS }, (_, k) => [k, '1']));
    } finally {
      reader.close();
    }
  });

  it('a job lost more often than --resubmits allows ends the run with a clear error', async () => {
    const { url } = await startRedisProcess();
    const submit = spawnCorridor(submitArgs(url, join(scratch(), 'store'), 2, ['--resubmits', '0'])); // no workers: the jobs wait
    await submit.waitFor(/queued 2 replicas/);
    await flushAll(url);
    expect(await exitWithin(submit, HANG_MS), submit.output()).toBe(2);
    expect(submit.stderr()).toMatch(/error: --queue: job b-[0-9a-f]+ vanished from Redis at redis:\/\/127\.0\.0\.1:\d+ \(lost 1 time\(s\); --resubmits allows 0\): Redis lost its data while the ensemble ran/);
    expect(submit.stderr()).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('Redis killed and not restarted: the submitter stops within --outage-seconds with a clear error', async () => {
    const redis = await startRedisProcess();
    const submit = spawnCorridor(submitArgs(redis.url, join(scratch(), 'store'), 2, ['--outage-seconds', '2']));
    await submit.waitFor(/queued 2 replicas/);
    redis.process.kill('SIGKILL');
    const killed = Date.now();
    expect(await exitWithin(submit, HANG_MS), submit.output()).toBe(2);
    // It waited out the outage window before giving up (how soon after is the hang guard's business, not a timing test).
    expect((Date.now() - killed) / 1000).toBeGreaterThanOrEqual(2);
    expect(submit.stderr()).toMatch(/error: --queue: lost contact with Redis at redis:\/\/127\.0\.0\.1:\d+: no answer for 2 s \(.*ECONNREFUSED.*\) \(expected Redis to answer again within --outage-seconds/);
    expect(submit.stderr()).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

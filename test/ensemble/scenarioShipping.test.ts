import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { outsideLinksScenario } from '../store/outsideScenario.js';
import { fetchScenario, publishScenario } from '../../src/ensemble/queue/scenarioShipping.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import { readScenarioFiles } from '../../src/store/scenarioFiles.js';

/** The two Redis calls shipping makes, on a Map. */
function mapRedis(): Redis {
  const values = new Map<string, string>();
  const fake = {
    set: (key: string, value: string) => Promise.resolve(values.set(key, value) && 'OK'),
    get: (key: string) => Promise.resolve(values.get(key) ?? null),
  };
  return fake as unknown as Redis;
}

describe('queue: shipping a scenario', () => {
  it('ships the files a scenario reads from outside its folder, and the worker reads the same scenario', async () => {
    const base = mkdtempSync(join(tmpdir(), 'corridor-ship-'));
    const dir = outsideLinksScenario(base);
    const scenario = readCorridorScenario(dir);
    const files = readScenarioFiles(dir, scenario.inputFiles);
    expect(files.files.map((f) => f.path)).toContain('../shared/links.csv');
    const redis = mapRedis();
    await publishScenario(redis, files);
    const path = await fetchScenario(redis, files.hash, join(base, 'cache'));
    expect(path.startsWith(join(base, 'cache'))).toBe(true);
    const onWorker = readCorridorScenario(path);
    expect(onWorker.routes).toEqual(scenario.routes);
    expect(readScenarioFiles(path, onWorker.inputFiles).hash).toBe(files.hash);
  });
});

/**
 * A run split over threads gives the same out.csv, byte for byte, for 1, 2 and 4 threads: draws
 * are keyed by (seed, day, agent) and decisions read the census, never another thread's live state.
 */
import { describe, expect, it } from 'vitest';
import { runReplicas } from '../../src/run/replicaPool.js';
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import { formatOutCsv } from '../../src/runFiles/outCsv.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { loadSettings } from '../../src/settings/loadSettings.js';
import { sharedScenario } from '../helpers/sharedData.js';

describe('identical results for any thread count', () => {
  for (const [name, settingsFile, days, walking] of [
    ['flee/burundi', 'flee/burundi/simsetting.yml', 120, false],
    ['flee-validation/car2013', 'flee-validation/simsetting.yml', 80, false],
    // Walking draws come from each traveller's own stream, started only on links that draw.
    ['flee/burundi', 'flee/burundi/simsetting.yml', 60, true],
  ] as const) {
    it(`${name}${walking ? ' with walking links and start_on_foot' : ''}: out.csv is byte-identical for 1, 2 and 4 threads`, async () => {
      const read = readFleeScenario(sharedScenario(name));
      const scenario = walking ? { ...read, routes: read.routes.map((r, i) => ({ ...r, walkProbability: i % 2 === 0 ? 0.4 : 0 })) } : read;
      const loaded = loadSettings({ file: sharedScenario(settingsFile) });
      const settings = walking ? { ...loaded, move_rules: { ...loaded.move_rules, start_on_foot: true } } : loaded;
      const outputs: string[] = [];
      // One thread: the run in this process, stepping with yields to the event loop (a long
      // synchronous stretch starves the test runner's messages on a busy machine).
      const sim = createRecordedSimulation(scenario, settings, { seed: 11, days });
      for (let day = 1; sim.step(); day++) if (day % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      outputs.push(formatOutCsv(sim.record()));
      for (const threads of [2, 4]) {
        const [result] = await runReplicas(scenario, settings, { replicas: 1, threads, seed: 11, days, minAgentsToSplit: 0 });
        outputs.push(formatOutCsv(result.record));
      }
      // The runs are large enough to span several ownership chunks.
      expect(Number(outputs[0].trimEnd().split('\n').at(-1)!.split(',').at(-4))).toBeGreaterThan(3 * 4096);
      expect(outputs[1]).toBe(outputs[0]);
      expect(outputs[2]).toBe(outputs[0]);
    });
  }
});

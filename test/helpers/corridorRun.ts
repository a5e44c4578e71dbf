/** Runs a corridor scenario folder in-process (reader, settings, engine), for tests. */
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import type { RecordedSimulation } from '../../src/run/recordedSimulation.js';
import type { RunRecord } from '../../src/recorders/types.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import type { Scenario } from '../../src/domain/scenario.js';
import { corridorSettings } from '../../src/settings/corridorSettings.js';

export function corridorSimulation(scenario: Scenario, seed = 1): RecordedSimulation {
  if (scenario.corridor === undefined) throw new Error('not a corridor scenario');
  return createRecordedSimulation(scenario, corridorSettings(scenario.corridor), { seed });
}

export function runCorridor(dir: string, seed = 1, overrides: readonly string[] = []): RunRecord {
  return corridorSimulation(readCorridorScenario(dir, overrides), seed).run();
}

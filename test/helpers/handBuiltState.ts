/**
 * Simulation states set up but not yet run (day 0), for testing one phase or step rule at a time:
 * a Flee state from an in-memory scenario, a corridor state from a small folder, and a day
 * context for running declared phases by hand.
 */
import { buildCandidateTable } from '../../src/engine/candidatePaths.js';
import type { DayContext } from '../../src/engine/dayPhase.js';
import { createSimulation } from '../../src/engine/simulation.js';
import type { SimulationState } from '../../src/engine/state.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import { corridorSettings } from '../../src/settings/corridorSettings.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import type { CorridorFiles } from './corridorFolder.js';
import { writeCorridorFolder } from './corridorFolder.js';
import { buildScenario } from './scenarioBuilder.js';
import type { ScenarioSpec } from './scenarioBuilder.js';

export function fleeState(spec: ScenarioSpec, settingsYml = '', seed = 1): SimulationState {
  return createSimulation(buildScenario(spec), parseSettingsText(settingsYml, 'test.yml'), { seed }).state;
}

export function corridorState(files: CorridorFiles, seed = 1): SimulationState {
  const scenario = readCorridorScenario(writeCorridorFolder(files));
  if (scenario.corridor === undefined) throw new Error('not a corridor scenario');
  return createSimulation(scenario, corridorSettings(scenario.corridor), { seed }).state;
}

/** A day context whose candidates are Flee's (bounded awareness) over the state's network. */
export function fleeContext(s: SimulationState): DayContext {
  return {
    rng: s.rng,
    moveChance: new Float64Array(s.locations.count),
    candidates: () => buildCandidateTable(s.network, s.locations, s.settings.move_rules.awareness_level, s.pool),
  };
}

/** Location index by name. */
export function at(s: SimulationState, name: string): number {
  const l = s.locations.names.indexOf(name);
  if (l < 0) throw new Error(`no location ${name}`);
  return l;
}

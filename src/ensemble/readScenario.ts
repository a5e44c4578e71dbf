/**
 * The one place the ensemble code turns a scenario path into inputs: a corridor scenario
 * (scenario.yml, whose values `--set` and `--vary` change) or a Flee folder (whose `--set` and
 * `--vary` change settings keys). Both go through `loadRunInputs`, as `corridor run` does.
 */
import { resolve } from 'node:path';
import { loadRunInputs } from '../run/loadRunInputs.js';
import type { RunInputs } from '../run/loadRunInputs.js';
import { isCorridorScenario } from '../scenario/corridor/readCorridorScenario.js';
import type { Scenario } from '../domain/scenario.js';

export function isCorridorFolder(path: string): boolean {
  return isCorridorScenario(resolve(path));
}

/** Scenario and settings with `overrides` applied (to scenario.yml or to the settings). */
export function loadScenarioInputs(path: string, settingsFile: string | undefined, overrides: readonly string[]): RunInputs {
  return loadRunInputs(path, settingsFile, overrides);
}

/**
 * The overrides that change the scenario itself (and so belong to a run's identity beside its
 * settings): all of them for a corridor scenario, none for a Flee folder.
 */
export function scenarioEdits(path: string, overrides: readonly string[]): readonly string[] {
  return isCorridorFolder(path) ? [...overrides] : [];
}

/** The scenario a worker runs: the folder with its edits applied. */
export function readEditedScenario(path: string, edits: readonly string[]): Scenario {
  return loadRunInputs(path, undefined, edits).scenario;
}

/**
 * The scenario and settings of a run from a folder: a corridor scenario (scenario.yml; `--set`
 * changes its values, e.g. `crossing_defaults.apprehension=0.3`) or a Flee folder (simsetting.yml
 * or `--settings`; `--set` changes settings keys).
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { isCorridorScenario, readCorridorScenario } from '../scenario/corridor/readCorridorScenario.js';
import { readFleeScenario } from '../scenario/readFleeScenario.js';
import type { Scenario } from '../domain/scenario.js';
import { corridorSettings } from '../settings/corridorSettings.js';
import { loadSettings } from '../settings/loadSettings.js';
import type { Settings } from '../settings/types.js';

export interface RunInputs {
  readonly scenario: Scenario;
  readonly settings: Settings;
  /** The settings file used (Flee folders only). */
  readonly settingsFile: string | undefined;
}

export function loadRunInputs(scenarioDir: string, settingsFile: string | undefined, overrides: readonly string[]): RunInputs {
  const dir = resolve(scenarioDir);
  if (isCorridorScenario(dir)) {
    if (settingsFile !== undefined) {
      throw new InputError('--settings is for Flee folders; a corridor scenario keeps its settings in scenario.yml', { field: '--settings', expected: '--set <scenario.yml path>=<value> to change a value of scenario.yml' });
    }
    const scenario = readCorridorScenario(dir, overrides);
    if (scenario.corridor === undefined) throw new Error('loadRunInputs: corridor scenario without its extension');
    return { scenario, settings: corridorSettings(scenario.corridor), settingsFile: undefined };
  }
  assertSomeLayout(dir, scenarioDir);
  const scenario = readFleeScenario(dir);
  const defaultSettings = join(dir, 'simsetting.yml');
  const file = settingsFile ?? (existsSync(defaultSettings) ? defaultSettings : undefined);
  return { scenario, settings: loadSettings({ file, overrides }), settingsFile: file };
}

/**
 * A folder that is neither kind (e.g. a corridor scenario whose scenario.yml was deleted) is named
 * as such, rather than reported as a Flee folder missing its input_csv/.
 */
function assertSomeLayout(dir: string, given: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory() || existsSync(join(dir, 'input_csv'))) return;
  throw new InputError('neither scenario.yml nor input_csv/ in the scenario folder', {
    file: given,
    expected: 'a corridor scenario folder with scenario.yml, or a Flee folder with input_csv/ and source_data/',
  });
}

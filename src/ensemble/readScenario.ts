/**
 * The one place the ensemble code reads a scenario from a path, and finds its default settings
 * file. Today scenarios are Flee folders; corridor's scenario.yml reader slots in here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readFleeScenario } from '../scenario/readFleeScenario.js';
import type { Scenario } from '../scenario/types.js';

export function readScenario(path: string): Scenario {
  return readFleeScenario(path);
}

/** The scenario's own settings file (simsetting.yml in its folder), if it has one. */
export function scenarioSettingsFile(scenarioRoot: string): string | undefined {
  const file = join(scenarioRoot, 'simsetting.yml');
  return existsSync(file) ? file : undefined;
}

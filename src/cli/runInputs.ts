/**
 * What `validate` and `calibrate` read before any run: the scenario, the settings (file text kept
 * so workers can re-apply overrides), the days to simulate and the observations (a file, else the
 * scenario's own camp series).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SettingsBase } from '../calibration/parameters.js';
import { InputError } from '../errors.js';
import { observationContext } from '../observations/context.js';
import { observationsFromScenario } from '../observations/fromScenario.js';
import { readObservationsFile } from '../observations/readObservationsCsv.js';
import type { Observation, ObservationContext } from '../observations/types.js';
import { readFleeScenario } from '../scenario/readFleeScenario.js';
import type { Scenario } from '../scenario/types.js';
import { loadSettings } from '../settings/loadSettings.js';
import type { Settings } from '../settings/types.js';

export interface RunInputOptions {
  readonly scenarioDir: string;
  readonly settingsFile: string | undefined;
  readonly overrides: readonly string[];
  readonly days: number | undefined;
  readonly observationsFile: string | undefined;
}

export interface RunInputs {
  readonly scenario: Scenario;
  readonly settings: Settings;
  readonly settingsBase: SettingsBase;
  readonly settingsFile: string | undefined;
  readonly days: number;
  readonly context: ObservationContext;
  readonly observations: Observation[];
  /** `file <path>` or `scenario camp series`. */
  readonly observationSource: string;
}

export function readRunInputs(o: RunInputOptions): RunInputs {
  const dir = resolve(o.scenarioDir);
  const scenario = readFleeScenario(dir);
  const defaultSettings = join(dir, 'simsetting.yml');
  const settingsFile = o.settingsFile ?? (existsSync(defaultSettings) ? defaultSettings : undefined);
  const settings = loadSettings({ file: settingsFile, overrides: o.overrides });
  const settingsBase: SettingsBase = {
    text: settingsFile === undefined ? '' : readFileSync(settingsFile, 'utf8'),
    label: settingsFile ?? '(no settings file)',
    overrides: o.overrides,
  };
  const days = o.days ?? scenario.days;
  const context = observationContext(scenario, settings, days);
  const observations = o.observationsFile === undefined ? observationsFromScenario(scenario, context) : readObservationsFile(o.observationsFile, context);
  if (observations.length === 0) {
    throw new InputError('no observations fall within the simulated days', { file: o.observationsFile ?? `${dir}/source_data`, expected: 'observations dated within the run (see --days)' });
  }
  return { scenario, settings, settingsBase, settingsFile, days, context, observations, observationSource: o.observationsFile === undefined ? 'scenario camp series (source_data/)' : `file ${o.observationsFile}` };
}

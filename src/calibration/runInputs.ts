/**
 * What `validate` and `calibrate` read before any run: the scenario and its settings (a corridor
 * scenario.yml folder or a Flee folder, as `run` reads them; the settings file text is kept so
 * workers can re-apply overrides), the days to simulate and the observations (a file, else the
 * scenario's own camp series).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRunInputs } from '../run/loadRunInputs.js';
import { parseCorridorParameterSpec, parseParameterSpec, type ParameterSpec, type SettingsBase } from './parameters.js';
import type { SimulationSetup } from './simulationTask.js';
import { InputError } from '../errors.js';
import { observationContext } from '../observations/context.js';
import { observationsFromScenario } from '../observations/fromScenario.js';
import { observationPlan } from '../observations/simulatedValues.js';
import { readObservationsFile } from '../observations/readObservationsCsv.js';
import type { Observation, ObservationContext } from '../observations/types.js';
import { readCorridorScenario } from '../scenario/corridor/readCorridorScenario.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

export interface RunInputOptions {
  readonly scenarioDir: string;
  readonly settingsFile: string | undefined;
  readonly overrides: readonly string[];
  readonly days: number | undefined;
  readonly observationsFile: string | undefined;
}

export interface RunInputs {
  readonly dir: string;
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
  const { scenario, settings, settingsFile } = loadRunInputs(dir, o.settingsFile, o.overrides);
  const settingsBase: SettingsBase = {
    text: settingsFile === undefined ? '' : readFileSync(settingsFile, 'utf8'),
    label: settingsFile ?? '(no settings file)',
    overrides: scenario.corridor === undefined ? o.overrides : [],
  };
  const days = o.days ?? scenario.days;
  const context = observationContext(scenario, settings, days);
  if (o.observationsFile === undefined && scenario.corridor !== undefined) {
    throw new InputError('a corridor scenario has no built-in observed series', { field: '--observations', expected: 'an observations CSV (e.g. detections per crossing, registrations per reception centre)' });
  }
  const observations = o.observationsFile === undefined ? observationsFromScenario(scenario, context) : readObservationsFile(o.observationsFile, context);
  if (observations.length === 0) {
    throw new InputError('no observations fall within the simulated days', { file: o.observationsFile ?? `${dir}/source_data`, expected: 'observations dated within the run (see --days)' });
  }
  return { dir, scenario, settings, settingsBase, settingsFile, days, context, observations, observationSource: o.observationsFile === undefined ? 'scenario camp series (source_data/)' : `file ${o.observationsFile}` };
}

/** `--param` texts as parameters: settings keys for Flee folders, scenario.yml paths for corridor scenarios. */
export function readParameters(inputs: RunInputs, texts: readonly string[], overrides: readonly string[]): ParameterSpec[] {
  if (inputs.scenario.corridor === undefined) return texts.map((p) => parseParameterSpec(p, inputs.settingsBase));
  return texts.map((p) => parseCorridorParameterSpec(p, (extra) => readCorridorScenario(inputs.dir, [...overrides, ...extra])));
}

/** What each simulation of a calibration needs. */
export function simulationSetup(inputs: RunInputs, overrides: readonly string[]): SimulationSetup {
  return {
    scenario: inputs.scenario,
    settings: inputs.settingsBase,
    days: inputs.days,
    plan: observationPlan(inputs.observations, inputs.context),
    corridor: inputs.scenario.corridor === undefined ? undefined : { dir: inputs.dir, overrides },
  };
}

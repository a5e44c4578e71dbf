/**
 * One simulation of a calibration or validation: base settings plus the request's overrides,
 * scenario parameters applied, one run, its observation values. Runs in a worker or in this thread.
 */
import type { EvaluateOptions, SimulationOutcome, SimulationRequest } from './evaluator.js';
import { applyScenarioParameters } from './scenarioParameters.js';
import { runReplica } from '../run/runReplica.js';
import { dailySeries, simulatedValues, type ObservationPlan } from '../observations/simulatedValues.js';
import type { Scenario } from '../domain/scenario.js';
import { readCorridorScenario } from '../scenario/corridor/readCorridorScenario.js';
import { corridorSettings } from '../settings/corridorSettings.js';
import { parseSettingsText } from '../settings/loadSettings.js';
import type { Settings } from '../settings/types.js';
import type { SettingsBase } from './parameters.js';

/** What every simulation of one calibration shares (sent to each worker once). */
export interface SimulationSetup {
  readonly scenario: Scenario;
  readonly settings: SettingsBase;
  /**
   * A corridor scenario (scenario.yml): each simulation re-reads it with the base overrides plus
   * the request's scenario parameters as `path=value` overrides, and takes its settings from it.
   */
  readonly corridor?: { readonly dir: string; readonly overrides: readonly string[] };
  /** Days to simulate (the run's length). */
  readonly days: number;
  readonly plan: ObservationPlan;
}

export function runSimulationTask(setup: SimulationSetup, request: SimulationRequest, options: EvaluateOptions = {}): SimulationOutcome {
  const { scenario, settings } = modelFor(setup, request);
  const { record } = runReplica(scenario, settings, 0, request.seed, setup.days);
  const values = simulatedValues(record, setup.plan);
  const daily = options.daily === true ? Object.fromEntries(dailySeries(record, setup.plan)) : undefined;
  return { values, daily, agentSteps: record.agentSteps };
}

function modelFor(setup: SimulationSetup, request: SimulationRequest): { scenario: Scenario; settings: Settings } {
  if (setup.corridor !== undefined) {
    const scenario = readCorridorScenario(setup.corridor.dir, [...setup.corridor.overrides, ...request.scenarioParameters.map(([name, value]) => `${name}=${value}`)]);
    return { scenario, settings: corridorSettings(scenario.corridor!) };
  }
  return {
    scenario: applyScenarioParameters(setup.scenario, request.scenarioParameters),
    settings: parseSettingsText(setup.settings.text, setup.settings.label, [...setup.settings.overrides, ...request.settingsOverrides]),
  };
}

/**
 * One simulation of a calibration or validation: base settings plus the request's overrides,
 * scenario parameters applied, one run, its observation values. Runs in a worker or in this thread.
 */
import type { EvaluateOptions, SimulationOutcome, SimulationRequest } from './evaluator.js';
import { applyScenarioParameters } from './scenarioParameters.js';
import { runReplica } from '../cli/runReplica.js';
import { dailySeries, simulatedValues, type ObservationPlan } from '../observations/simulatedValues.js';
import type { Scenario } from '../scenario/types.js';
import { parseSettingsText } from '../settings/loadSettings.js';
import type { SettingsBase } from './parameters.js';

/** What every simulation of one calibration shares (sent to each worker once). */
export interface SimulationSetup {
  readonly scenario: Scenario;
  readonly settings: SettingsBase;
  /** Days to simulate (the run's length). */
  readonly days: number;
  readonly plan: ObservationPlan;
}

export function runSimulationTask(setup: SimulationSetup, request: SimulationRequest, options: EvaluateOptions = {}): SimulationOutcome {
  const settings = parseSettingsText(setup.settings.text, setup.settings.label, [...setup.settings.overrides, ...request.settingsOverrides]);
  const scenario = applyScenarioParameters(setup.scenario, request.scenarioParameters);
  const { record } = runReplica(scenario, settings, 0, request.seed, setup.days);
  const values = simulatedValues(record, setup.plan);
  const daily = options.daily === true ? Object.fromEntries(dailySeries(record, setup.plan)) : undefined;
  return { values, daily, agentSteps: record.agentSteps };
}

/**
 * A simulation with its recorders: the engine's day loop observed by the run's recorders, giving
 * the RunRecord that outputs, stores and calibration read.
 */
import { createSimulation, type RunOptions, type SimulationState } from '../engine/index.js';
import { createRunRecorders } from '../recorders/runRecorders.js';
import type { RunRecorders } from '../recorders/runRecorders.js';
import type { RunRecord } from '../recorders/types.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';
import { internalFaultPoint } from './internalFaults.js';

export interface RecordedRunOptions extends RunOptions {
  /** Record every location's and link's daily series (RunRecord.network); always on for corridor scenarios. */
  readonly recordNetwork?: boolean;
}

export interface RecordedSimulation {
  readonly state: SimulationState;
  /** Simulates the next day; returns false when all days are done. */
  step(): boolean;
  /** Runs the remaining days, calling `onDay` after each; returns the record. */
  run(onDay?: (day: number) => void): RunRecord;
  /** Per-day aggregates of the days simulated so far. */
  record(): RunRecord;
}

export function createRecordedSimulation(scenario: Scenario, settings: Settings, options: RecordedRunOptions): RecordedSimulation {
  const made: { recorders?: RunRecorders } = {};
  const sim = createSimulation(scenario, settings, options, (state) => (made.recorders = createRunRecorders(state, options.recordNetwork)).observers);
  const recorders = made.recorders;
  if (recorders === undefined) throw new Error('the simulation made no recorders');
  return {
    state: sim.state,
    step: () => sim.step(),
    run(onDay) {
      sim.run((day) => {
        internalFaultPoint('simulation-day');
        onDay?.(day);
      });
      return recorders.finish(sim.state);
    },
    record: () => recorders.finish(sim.state),
  };
}

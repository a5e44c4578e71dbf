/**
 * Collects the per-day aggregates of a run (what out.csv and the validation read) into column
 * buffers, one row per day, after each day's step.
 */
import type { RunRecord } from './types.js';
import { LocationFlag, type SimulationState, observedValue } from '../engine/index.js';

export interface DailyRecorder {
  record(s: SimulationState, day: number): void;
  finish(s: SimulationState, daysDone: number): RunRecord;
}

export function createDailyRecorder(s: SimulationState): DailyRecorder {
  const days = s.days - s.burnIn;
  const camps = s.camps;
  const c = camps.length;
  const campSim = new Int32Array(days * c);
  const campData = new Int32Array(days * c);
  const totalAgents = new Float64Array(days);
  const rawCount = new Float64Array(days);
  const debt = new Float64Array(days);
  const idpTotal = s.settings.log_levels.idp_totals > 0 ? new Int32Array(days) : undefined;
  return {
    record(state, day) {
      const agentsAt = state.locations.census;
      for (let k = 0; k < c; k++) {
        campSim[day * c + k] = agentsAt[camps[k]];
        const series = state.observed.campSeries[k];
        campData[day * c + k] = series < 0 ? 0 : observedValue(state.observed, series, day);
      }
      totalAgents[day] = state.agents.count;
      rawCount[day] = state.rawCount;
      debt[day] = state.debt;
      if (idpTotal !== undefined) {
        let sum = 0;
        const flags = state.locations.flags;
        for (let l = 0; l < flags.length; l++) if ((flags[l] & LocationFlag.idpcamp) !== 0) sum += agentsAt[l];
        idpTotal[day] = sum;
      }
    },
    finish(state, daysDone) {
      return {
        days: daysDone,
        startDate: state.scenario.startDate,
        campNames: Array.from(camps, (l) => state.locations.names[l]),
        campSim: campSim.subarray(0, daysDone * c),
        campData: campData.subarray(0, daysDone * c),
        totalAgents: totalAgents.subarray(0, daysDone),
        rawCount: rawCount.subarray(0, daysDone),
        debt: debt.subarray(0, daysDone),
        idpTotal: idpTotal?.subarray(0, daysDone),
        agentSteps: state.agentSteps,
        movedAgentSteps: state.movedAgentSteps,
      };
    },
  };
}

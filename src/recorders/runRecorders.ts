/**
 * The recorders of one run, made by the caller from the set-up state and passed to the engine as
 * observers (createSimulation's `observe`): the daily aggregates always, the whole-network series
 * when asked for (always for corridor scenarios), the ledger for corridor scenarios.
 */
import type { DayObserver, SimulationState } from '../engine/index.js';
import { createDailyRecorder } from './dailyRecorder.js';
import { createLedgerRecorder } from './ledgerRecorder.js';
import { createNetworkRecorder } from './networkRecorder.js';
import type { RunRecord } from './types.js';

export interface RunRecorders {
  /** In the order they record each day. */
  readonly observers: readonly DayObserver[];
  /** The record of the reported days simulated so far (burn-in days are not reported). */
  finish(state: SimulationState): RunRecord;
}

export function createRunRecorders(state: SimulationState, recordNetwork = false): RunRecorders {
  const daily = createDailyRecorder(state);
  const network = recordNetwork || state.border !== undefined ? createNetworkRecorder(state) : undefined;
  const ledger = state.border === undefined ? undefined : createLedgerRecorder(state.border, state.burnIn);
  const observers: DayObserver[] = [daily];
  if (network !== undefined) observers.push(network);
  if (ledger !== undefined) observers.push(ledger);
  return {
    observers,
    finish(s) {
      const reported = Math.max(0, s.day - s.burnIn);
      const record = daily.finish(s, reported);
      return { ...record, network: network?.finish(s, reported), ledger: ledger?.finish(s, reported) };
    },
  };
}

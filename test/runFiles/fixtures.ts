import type { RunRecord } from '../../src/recorders/types.js';

/**
 * A tiny 5-day, 2-camp record whose out.csv and validation errors were worked out by hand
 * (and checked with CPython). Day 2 has raw = 0 (tail columns zeroed), day 3 has S = 0 with
 * U > 0, day 4 has U = 0 with S > 0.
 */
export function tinyRecord(withIdps = false): RunRecord {
  return {
    days: 5,
    startDate: '2012-02-29',
    campNames: ['A', 'B'],
    campSim: Int32Array.from([10, 0, 12, 3, 0, 0, 0, 0, 3, 1]),
    campData: Int32Array.from([8, 0, 10, 4, 0, 0, 5, 5, 0, 0]),
    totalAgents: Float64Array.from([10, 15, 15, 15, 19]),
    rawCount: Float64Array.from([20, 25, 0, 30, 30]),
    debt: Float64Array.from([0, 0, 2, 0, 1]),
    idpTotal: withIdps ? Int32Array.from([1, 2, 3, 4, 5]) : undefined,
    agentSteps: 74,
    movedAgentSteps: 0,
  };
}

export const TINY_OUT_CSV = [
  'Day,Date,A sim,A data,A error,B sim,B data,B error,Total error,refugees in camps (UNHCR),total refugees (simulation),raw UNHCR refugee count,refugees in camps (simulation),refugee_debt',
  '0,2012-03-01,10,8,0.25,0,0,0.0,0.1,8,10,20,10,0',
  '1,2012-03-02,12,10,0.2,3,4,0.25,0.12,14,15,25,15,0',
  '2,2012-03-03,0,0,0.0,0,0,0.0,0.0,0,15,0,0,0',
  '3,2012-03-04,0,5,1.0,0,5,1.0,0.3333333333333333,10,15,30,0,0',
  '4,2012-03-05,3,0,0.0,1,0,0.0,0.13333333333333333,0,19,30,4,1',
  '',
].join('\n');

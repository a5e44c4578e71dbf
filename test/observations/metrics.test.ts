import { describe, expect, it } from 'vitest';
import { findMetric, registerMetric } from '../../src/observations/metrics.js';
import { parseObservationsCsv } from '../../src/observations/readObservationsCsv.js';
import { observationPlan, reduceDays, simulatedValues } from '../../src/observations/simulatedValues.js';
import type { LedgerRecord, RunRecord } from '../../src/recorders/types.js';
import type { Observation, ObservationContext } from '../../src/observations/types.js';

const days = 4;
function record(ledger?: LedgerRecord): RunRecord {
  return {
    days,
    startDate: '2020-01-01',
    campNames: ['K1', 'K2'],
    campSim: Int32Array.from([1, 10, 2, 20, 3, 30, 4, 40]),
    campData: new Int32Array(8),
    totalAgents: new Float64Array(days),
    rawCount: new Float64Array(days),
    debt: new Float64Array(days),
    idpTotal: undefined,
    agentSteps: 0,
    movedAgentSteps: 0,
    ledger,
  };
}
function ledger(): LedgerRecord {
  const z = () => new Int32Array(days);
  return {
    crossingNames: ['X->Y', 'Y->Z'],
    attempts: new Int32Array(days * 2),
    detections: Int32Array.from([5, 1, 6, 2, 7, 3, 8, 4]),
    crossed: new Int32Array(days * 2),
    atLocation: z(), onLink: z(), inTransfer: z(), inDetention: z(), arrived: z(), removed: z(),
    events: { person: z(), day: z(), crossing: z(), outcome: new Uint8Array(0) },
    outcomeNames: [],
    // Per location (K1, K2, R): registrations and registered persons present.
    registrations: Int32Array.from([0, 0, 3, 0, 0, 4, 0, 0, 0, 0, 0, 5]),
    occupancy: Int32Array.from([0, 0, 3, 0, 0, 7, 0, 0, 6, 0, 0, 11]),
    summary: {} as LedgerRecord['summary'],
  };
}
const frame = (personsPerAgent: number) => ({ personsPerAgent, locationNames: ['K1', 'K2', 'R'] });
const obs = (metric: string, place: string, startDay: number, endDay: number): Observation => ({ metric, place, startDay, endDay, value: 0, uncertainty: 0.1, source: '', origin: { file: 'x', line: 1 } });

describe('metrics', () => {
  it('camp: persons at a camp, times persons per agent, averaged over a period', () => {
    const values = simulatedValues(record(), observationPlan([obs('camp', 'K2', 1, 1), obs('camp', 'K1', 0, 3)], frame(10)));
    expect(Array.from(values)).toEqual([200, 25]);
  });

  it('detections: a ledger column summed over the period', () => {
    const values = simulatedValues(record(ledger()), observationPlan([obs('detections', 'Y->Z', 1, 3), obs('detections', 'X->Y', 0, 0)], frame(1)));
    expect(Array.from(values)).toEqual([2 + 3 + 4, 5]);
  });

  it('registrations (summed) and reception occupancy (averaged) per reception centre, by location order', () => {
    const values = simulatedValues(record(ledger()), observationPlan([obs('registrations', 'R', 0, 3), obs('reception', 'R', 2, 3)], frame(1)));
    expect(Array.from(values)).toEqual([3 + 4 + 5, (6 + 11) / 2]);
  });

  it('ledger metrics sum several places: "a + b", or "*" for all of them', () => {
    const values = simulatedValues(
      record(ledger()),
      observationPlan([obs('detections', 'X->Y + Y->Z', 0, 1), obs('detections', '*', 3, 3), obs('registrations', '*', 0, 3)], frame(1)),
    );
    expect(Array.from(values)).toEqual([5 + 1 + 6 + 2, 8 + 4, 3 + 4 + 5]);
  });

  it('an observation file naming an unknown part of a sum gets the part named', () => {
    const context: ObservationContext = { startDate: '2020-01-01', days, campNames: [], locationNames: ['R'], crossingNames: ['X->Y', 'Y->Z'], receptionNames: ['R'], personsPerAgent: 1 };
    expect(() => parseObservationsCsv('date_start,date_end,place,metric,value,uncertainty,source\n2020-01-02,,X->Y + Y->W,detections,3,high,x\n', 'o.csv', context)).toThrow(
      /o\.csv:2: place: unknown crossing "Y->W".*"a \+ b", all of them "\*"/s,
    );
  });

  it('a ledger metric on a run without a ledger says why', () => {
    expect(() => simulatedValues(record(), observationPlan([obs('detections', 'X->Y', 0, 0)], frame(1)))).toThrow(/needs the border-policy ledger/);
  });

  it('reduceDays sums flows, averages stocks and refuses a period past the run', () => {
    expect(reduceDays([1, 2, 6], 1, 2, 'sum')).toBe(8);
    expect(reduceDays([1, 2, 6], 1, 2, 'mean')).toBe(4);
    expect(() => reduceDays([1, 2], 0, 2, 'sum')).toThrow(/after the run's last day 1/);
  });

  it('a newly registered metric is read from files and evaluated without other changes', () => {
    registerMetric({
      name: 'test-total-in-camps',
      description: 'persons in all camps',
      reduction: 'mean',
      placeKind: 'region',
      places: () => ['all'],
      daily: (r, _place, f) => Float64Array.from({ length: r.days }, (_, t) => f.personsPerAgent * (r.campSim[2 * t] + r.campSim[2 * t + 1])),
    });
    const context: ObservationContext = { startDate: '2020-01-01', days, campNames: ['K1', 'K2'], locationNames: [], crossingNames: [], receptionNames: [], personsPerAgent: 1 };
    const read = parseObservationsCsv('date_start,date_end,place,metric,value,uncertainty,source\n2020-01-03,,all,test-total-in-camps,30,high,x\n', 'o.csv', context);
    expect(Array.from(simulatedValues(record(), observationPlan(read, frame(1))))).toEqual([33]);
    expect(findMetric('test-total-in-camps')?.placeKind).toBe('region');
    expect(() => registerMetric({ ...findMetric('camp')! })).toThrow(/already registered/);
  });
});

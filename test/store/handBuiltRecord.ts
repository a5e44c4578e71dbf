/**
 * Hand-built RunRecords for store tests, with the optional whole-network series and border-policy
 * ledger filled in (the engine does not record them for Flee scenarios yet). Values are simple
 * functions of (offset, day, index), so a test can predict any stored number.
 */
import type { LedgerSummary, RunRecord } from '../../src/recorders/types.js';
import type { StoredRun } from '../../src/store/storedRun.js';
import { runId } from '../../src/store/runKey.js';
import { loadSettings } from '../../src/settings/loadSettings.js';

export const CAMPS = ['Camp A', 'Camp B'];
export const LOCATIONS = ['Town', 'Border', 'Camp A', 'Camp B'];
export const CROSSINGS = ['Town->Border', 'Border->Camp A'];

const NO_PERSONS = { persons: 0, mean: null, p50: null, p90: null };
const DETECTIONS = {
  detections: 3,
  attempts: 20,
  persons_attempted: 12,
  persons_detected: 2,
  detections_per_detected_person: 1.5,
  detections_per_attempting_person: 0.25,
  attempts_until_success: NO_PERSONS,
  attempts_per_person: NO_PERSONS,
  still_trying: 1,
  gave_up: 0,
};
export const LEDGER_SUMMARY: LedgerSummary = {
  persons_created: 40,
  overall: DETECTIONS,
  crossings: [{ ...DETECTIONS, crossing: 'Town->Border', final_states: { crossed: 9, gave_up: 0, moved_on: 2, still_trying: 1, removed: 0, held: 0 } }],
  arrived: 30,
  removed: 0,
  in_transfer: 1,
  in_detention: 2,
  days_in_transit: NO_PERSONS,
  reception: [],
  peak_reception_occupancy: 12,
  reception_capacity: 100,
};

const fill = <T extends Int32Array | Float64Array>(a: T, f: (i: number) => number): T => {
  for (let i = 0; i < a.length; i++) a[i] = f(i);
  return a;
};

/** campSim at (day t, camp c) = offset + 10·t + c. */
export function campSimValue(offset: number, t: number, c: number): number {
  return offset + 10 * t + c;
}

export function handBuiltRecord(days: number, offset = 0, withExtras = true): RunRecord {
  const C = CAMPS.length;
  const L = LOCATIONS.length;
  const K = CROSSINGS.length;
  const base: RunRecord = {
    days,
    startDate: '2020-03-01',
    campNames: CAMPS,
    campSim: fill(new Int32Array(days * C), (i) => campSimValue(offset, Math.floor(i / C), i % C)),
    campData: fill(new Int32Array(days * C), (i) => 5 * Math.floor(i / C) + 1),
    totalAgents: fill(new Float64Array(days), (t) => 100 + t),
    rawCount: fill(new Float64Array(days), (t) => 2 * t),
    debt: new Float64Array(days),
    idpTotal: undefined,
    agentSteps: 1000 + offset,
    movedAgentSteps: 100,
  };
  if (!withExtras) return base;
  const events = 3 * days;
  return {
    ...base,
    network: {
      locationNames: LOCATIONS,
      locationKinds: ['town', 'crossing', 'camp', 'camp'],
      latitudes: Float64Array.from([1, 2, 3, 4]),
      longitudes: Float64Array.from([5, 6, 7, 8]),
      present: fill(new Int32Array(days * L), (i) => offset + i),
      linkEnds: Int32Array.from([0, 1, 1, 2, 1, 3]),
      linkFlow: fill(new Int32Array(days * 3), (i) => i % 7),
    },
    ledger: {
      crossingNames: CROSSINGS,
      attempts: fill(new Int32Array(days * K), (i) => 10 + i),
      detections: fill(new Int32Array(days * K), (i) => i % 3),
      crossed: fill(new Int32Array(days * K), (i) => 8 + i),
      atLocation: fill(new Int32Array(days), (t) => 50 + t),
      onLink: fill(new Int32Array(days), () => 4),
      inTransfer: fill(new Int32Array(days), () => 1),
      inDetention: fill(new Int32Array(days), (t) => t % 2),
      arrived: fill(new Int32Array(days), (t) => t),
      removed: new Int32Array(days),
      events: {
        person: fill(new Int32Array(events), (i) => i % days),
        day: fill(new Int32Array(events), (i) => Math.floor(i / 3)),
        crossing: fill(new Int32Array(events), (i) => i % K),
        outcome: Uint8Array.from({ length: events }, (_, i) => i % 2),
      },
      outcomeNames: ['push-back', 'detention'],
      // Only Camp A (location 2) registers anyone: 2 a day, holding 2·(day+1).
      registrations: fill(new Int32Array(days * L), (i) => (i % L === 2 ? 2 : 0)),
      occupancy: fill(new Int32Array(days * L), (i) => (i % L === 2 ? 2 * (Math.floor(i / L) + 1) : 0)),
      summary: LEDGER_SUMMARY,
    },
  };
}

const settings = loadSettings({});

export function handBuiltRun(replica: number, days = 5, options: { offset?: number; withExtras?: boolean; scenarioHash?: string } = {}): StoredRun {
  const scenarioHash = options.scenarioHash ?? 'f'.repeat(64);
  const seed = 1000 + replica;
  return {
    runId: runId({ scenarioHash, settings, seed, replica, days, codeVersion: 'test' }),
    scenarioName: 'hand-built',
    scenarioPath: '/nowhere/hand-built',
    scenarioHash,
    settings,
    params: {},
    scenarioEdits: [],
    seed,
    replica,
    codeVersion: 'test',
    host: 'test-host',
    ensembleId: null,
    startedAt: new Date('2024-01-02T03:04:05Z'),
    wallSeconds: 0.5,
    record: handBuiltRecord(days, options.offset ?? replica * 1000, options.withExtras ?? true),
    warnings: [],
  };
}

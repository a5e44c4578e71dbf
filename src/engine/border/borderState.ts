/**
 * Everything a corridor run adds to the simulation state, one owner per part: the layout read
 * from the scenario's spec (fixed at start-up), the policy in force (policyInForce.ts), the
 * random streams (borderStreams.ts), the per-person columns (borderPersonColumns.ts), persons in
 * custody (custody.ts), the day's ledger counts (ledgerCounts.ts) and the event log (eventLog.ts).
 */
import type { CorridorSpec } from '../../domain/corridor.js';
import { createBorderPersonColumns } from './borderPersonColumns.js';
import type { BorderPersonColumns } from './borderPersonColumns.js';
import { createBorderStreams } from './borderStreams.js';
import type { BorderStreams } from './borderStreams.js';
import { createCustody } from './custody.js';
import type { Custody } from './custody.js';
import { createEventLog } from './eventLog.js';
import type { EventLog } from './eventLog.js';
import { createLedgerCounts } from './ledgerCounts.js';
import type { LedgerCounts } from './ledgerCounts.js';
import { createPolicyInForce } from './policyInForce.js';
import type { PolicyInForce } from './policyInForce.js';

export interface BorderState {
  // Layout, derived from the spec at start-up and never written after.
  readonly spec: CorridorSpec;
  readonly locationCount: number;
  readonly crossingCount: number;
  /** Crossing index of the directional pair (from, to) at from * n + to, -1 if none. */
  readonly pairCrossing: Int32Array;
  /** Per location: 1 when a departure from it may meet a crossing, a smuggling service or end a registration. */
  readonly departHook: Uint8Array;
  /** Per location: 1 for reception centres and destinations (arrival rules apply). */
  readonly arriveHook: Uint8Array;
  /** Smuggling service index per location, -1 if none. */
  readonly serviceAt: Int32Array;

  readonly policy: PolicyInForce;
  readonly streams: BorderStreams;
  readonly persons: BorderPersonColumns;
  readonly custody: Custody;
  /** Registered persons present per location (reception centres): what capacity limits. Written by reception.ts. */
  readonly occupancy: Int32Array;
  /** Fractional arrivals carried to the next day, per arrivals entry. Written by arrivals.ts. */
  readonly arrivalCarry: Float64Array;
  readonly ledger: LedgerCounts;
  readonly events: EventLog;
}

export function createBorderState(spec: CorridorSpec, locationCount: number, days: number, seed: number, plannedPersons = 0): BorderState {
  const n = locationCount;
  const C = spec.crossings.length;
  const pairCrossing = new Int32Array(n * n).fill(-1);
  const departHook = new Uint8Array(n);
  spec.crossings.forEach((c, k) => {
    pairCrossing[c.from * n + c.to] = k;
    departHook[c.from] = 1;
  });
  const serviceAt = new Int32Array(n).fill(-1);
  spec.smuggling.forEach((s, k) => {
    serviceAt[s.location] = k;
    departHook[s.location] = 1;
  });
  const arriveHook = new Uint8Array(n);
  for (let l = 0; l < n; l++) if (spec.kinds[l] === 'reception' || spec.kinds[l] === 'destination') arriveHook[l] = 1;
  // Leaving a centre ends a registration: departures from centres go through the hook too.
  for (let l = 0; l < n; l++) if (spec.kinds[l] === 'reception') departHook[l] = 1;
  return {
    spec,
    locationCount: n,
    crossingCount: C,
    pairCrossing,
    departHook,
    arriveHook,
    serviceAt,
    policy: createPolicyInForce(spec),
    streams: createBorderStreams(seed),
    persons: createBorderPersonColumns(C, plannedPersons),
    custody: createCustody(),
    occupancy: new Int32Array(n),
    arrivalCarry: new Float64Array(spec.arrivals.length),
    ledger: createLedgerCounts(days, C, n),
    events: createEventLog(),
  };
}

/** Ends person `a`'s registration (the person leaves the centre, or is taken away). */
export function leaveCentre(b: BorderState, a: number): void {
  const l = b.persons.registeredAt[a];
  if (l < 0) return;
  b.occupancy[l]--;
  b.persons.registeredAt[a] = -1;
}

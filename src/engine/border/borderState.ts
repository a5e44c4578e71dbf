/**
 * Everything a corridor run adds to the simulation state: the crossings' policies in force, the
 * smuggling services, per-person columns (status, release, attempts, detections, ...) and the
 * ledger's day-by-day counts. Per-person columns grow with the agent table.
 */
import { CounterRandom } from '../random.js';
import type { CorridorSpec, CrossingPolicy, SmugglingService } from '../../domain/corridor.js';

export interface ServiceState {
  capacityPerDay: number;
  price: number;
  uptake: number;
  apprehensionFactor: number;
  speedFactor: number;
  /** Clients taken on `usedDay`. */
  used: number;
  usedDay: number;
}

export interface BorderState {
  readonly spec: CorridorSpec;
  readonly locationCount: number;
  readonly crossingCount: number;
  /** Crossing index of the directional pair (from, to) at from * n + to, -1 if none. */
  readonly pairCrossing: Int32Array;
  /** Per location: 1 when a departure from it may meet a crossing or a smuggling service. */
  readonly departHook: Uint8Array;
  /** Per location: 1 for reception centres and destinations (arrival rules apply). */
  readonly arriveHook: Uint8Array;
  /** Registered persons present per location (reception centres): the occupancy capacity limits. */
  readonly occupancy: Int32Array;
  /** Smuggling service index per location, -1 if none. */
  readonly serviceAt: Int32Array;
  /** Policies in force, per crossing (replaced by dated events). */
  readonly policy: CrossingPolicy[];
  readonly services: ServiceState[];
  /** Own random streams (so border draws never shift the movement streams). */
  readonly rng: CounterRandom;
  /** Day key of the crossing streams, computed once per day. */
  crossingKey: number;
  crossingKeyDay: number;

  // Per person.
  status: Uint8Array;
  releaseDay: Int32Array;
  releasePlace: Int32Array;
  /** Policy applied at release from detention (index into POLICY_NAMES). */
  releasePolicy: Uint8Array;
  /** Crossing a person in detention or transfer was apprehended at. */
  releaseCrossing: Int16Array;
  lastAttemptDay: Int32Array;
  failStreak: Uint16Array;
  lastCrossing: Int16Array;
  avoided: Uint32Array;
  clientService: Int16Array;
  /** Reception centre the person is registered in and present at (-1: none). */
  registeredAt: Int32Array;
  clientLegs: Uint8Array;
  attempts: Uint16Array;
  detections: Uint16Array;
  /** Attempts up to and including the first successful crossing (0: none yet). */
  attemptsToSuccess: Uint16Array;
  createdDay: Int32Array;
  /** Day of arrival at a destination (-1: not arrived). */
  arrivedDay: Int32Array;
  /** Per person and crossing (a * crossingCount + c): attempts, and attempts to the first success (0: none). */
  crossingAttempts: Uint16Array;
  crossingToSuccess: Uint16Array;
  capacity: number;

  /** Persons in transfer or detention (ids), scanned for releases. */
  held: number[];
  inTransfer: number;
  inDetention: number;
  removed: number;
  gaveUp: number;
  /** Fractional arrivals carried to the next day, per arrivals entry. */
  readonly arrivalCarry: Float64Array;

  // Ledger, per day.
  readonly days: number;
  readonly dayAttempts: Int32Array;
  readonly dayDetections: Int32Array;
  readonly dayCrossed: Int32Array;
  readonly dayAtLocation: Int32Array;
  readonly dayOnLink: Int32Array;
  readonly dayInTransfer: Int32Array;
  readonly dayInDetention: Int32Array;
  readonly dayArrived: Int32Array;
  readonly dayRemoved: Int32Array;
  /** Registrations (entries) per reception centre and day: index day * n + l. */
  readonly dayRegistrations: Int32Array;
  /** Registered persons present per reception centre at the end of each day: index day * n + l. */
  readonly dayOccupancy: Int32Array;
  /** Event log of apprehensions. */
  events: { person: Int32Array; day: Int32Array; crossing: Int32Array; outcome: Uint8Array; count: number };
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
  const b: BorderState = {
    spec,
    locationCount: n,
    crossingCount: C,
    pairCrossing,
    departHook,
    arriveHook,
    serviceAt,
    occupancy: new Int32Array(n),
    policy: spec.crossings.map((c) => c.initial),
    services: spec.smuggling.map((s: SmugglingService) => ({
      capacityPerDay: s.capacityPerDay,
      price: s.price,
      uptake: s.uptake,
      apprehensionFactor: s.apprehensionFactor,
      speedFactor: s.speedFactor,
      used: 0,
      usedDay: -1,
    })),
    rng: new CounterRandom(seed),
    crossingKey: 0,
    crossingKeyDay: -1,
    status: new Uint8Array(0),
    releaseDay: new Int32Array(0),
    releasePlace: new Int32Array(0),
    releasePolicy: new Uint8Array(0),
    releaseCrossing: new Int16Array(0),
    lastAttemptDay: new Int32Array(0),
    failStreak: new Uint16Array(0),
    lastCrossing: new Int16Array(0),
    avoided: new Uint32Array(0),
    clientService: new Int16Array(0),
    registeredAt: new Int32Array(0),
    clientLegs: new Uint8Array(0),
    attempts: new Uint16Array(0),
    detections: new Uint16Array(0),
    attemptsToSuccess: new Uint16Array(0),
    createdDay: new Int32Array(0),
    arrivedDay: new Int32Array(0),
    crossingAttempts: new Uint16Array(0),
    crossingToSuccess: new Uint16Array(0),
    capacity: 0,
    held: [],
    inTransfer: 0,
    inDetention: 0,
    removed: 0,
    gaveUp: 0,
    arrivalCarry: new Float64Array(spec.arrivals.length),
    days,
    dayAttempts: new Int32Array(days * C),
    dayDetections: new Int32Array(days * C),
    dayCrossed: new Int32Array(days * C),
    dayAtLocation: new Int32Array(days),
    dayOnLink: new Int32Array(days),
    dayInTransfer: new Int32Array(days),
    dayInDetention: new Int32Array(days),
    dayArrived: new Int32Array(days),
    dayRemoved: new Int32Array(days),
    dayRegistrations: new Int32Array(days * n),
    dayOccupancy: new Int32Array(days * n),
    events: { person: new Int32Array(1024), day: new Int32Array(1024), crossing: new Int32Array(1024), outcome: new Uint8Array(1024), count: 0 },
  };
  ensurePersons(b, plannedPersons);
  return b;
}

function grown<T extends Uint8Array | Uint16Array | Int16Array | Int32Array | Uint32Array>(a: T, size: number, fill: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  if (fill !== 0) out.fill(fill, a.length);
  return out;
}

/** Makes room for persons with ids below `count`. New persons get their starting values. */
export function ensurePersons(b: BorderState, count: number): void {
  if (count <= b.capacity) return;
  const c = Math.max(count, Math.ceil(b.capacity * 1.5), 1024);
  b.status = grown(b.status, c, 0);
  b.releaseDay = grown(b.releaseDay, c, 0);
  b.releasePlace = grown(b.releasePlace, c, -1);
  b.releasePolicy = grown(b.releasePolicy, c, 0);
  b.releaseCrossing = grown(b.releaseCrossing, c, -1);
  b.lastAttemptDay = grown(b.lastAttemptDay, c, -1);
  b.failStreak = grown(b.failStreak, c, 0);
  b.lastCrossing = grown(b.lastCrossing, c, -1);
  b.avoided = grown(b.avoided, c, 0);
  b.clientService = grown(b.clientService, c, -1);
  b.registeredAt = grown(b.registeredAt, c, -1);
  b.clientLegs = grown(b.clientLegs, c, 0);
  b.attempts = grown(b.attempts, c, 0);
  b.detections = grown(b.detections, c, 0);
  b.attemptsToSuccess = grown(b.attemptsToSuccess, c, 0);
  b.createdDay = grown(b.createdDay, c, 0);
  b.arrivedDay = grown(b.arrivedDay, c, -1);
  b.crossingAttempts = grown(b.crossingAttempts, c * b.crossingCount, 0);
  b.crossingToSuccess = grown(b.crossingToSuccess, c * b.crossingCount, 0);
  b.capacity = c;
}

export function logApprehension(b: BorderState, person: number, day: number, crossing: number, outcome: number): void {
  const e = b.events;
  if (e.count === e.person.length) {
    const size = e.count * 2;
    const p = new Int32Array(size);
    p.set(e.person);
    const d = new Int32Array(size);
    d.set(e.day);
    const c = new Int32Array(size);
    c.set(e.crossing);
    const o = new Uint8Array(size);
    o.set(e.outcome);
    b.events = { person: p, day: d, crossing: c, outcome: o, count: e.count };
  }
  const ev = b.events;
  ev.person[ev.count] = person;
  ev.day[ev.count] = day;
  ev.crossing[ev.count] = crossing;
  ev.outcome[ev.count] = outcome;
  ev.count++;
}

/** Ends person `a`'s registration (the person leaves the centre, or is taken away). */
export function leaveCentre(b: BorderState, a: number): void {
  const l = b.registeredAt[a];
  if (l < 0) return;
  b.occupancy[l]--;
  b.registeredAt[a] = -1;
}

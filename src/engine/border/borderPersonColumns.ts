/**
 * Every per-person column a corridor run adds to the agent table (status, release, attempts,
 * detections, ...), indexed by agent id, all kept together here. They grow with the agent table
 * (ensurePersons); new persons get their starting values.
 */
export interface BorderPersonColumns {
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
  /** Persons the columns have room for. */
  capacity: number;
  /** Crossings of the scenario (the width of the per-crossing columns). */
  readonly crossingCount: number;
}

export function createBorderPersonColumns(crossingCount: number, plannedPersons: number): BorderPersonColumns {
  const p: BorderPersonColumns = {
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
    crossingCount,
  };
  ensurePersons(p, plannedPersons);
  return p;
}

function grown<T extends Uint8Array | Uint16Array | Int16Array | Int32Array | Uint32Array>(a: T, size: number, fill: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  if (fill !== 0) out.fill(fill, a.length);
  return out;
}

/** Makes room for persons with ids below `count`. New persons get their starting values. */
export function ensurePersons(p: BorderPersonColumns, count: number): void {
  if (count <= p.capacity) return;
  const c = Math.max(count, Math.ceil(p.capacity * 1.5), 1024);
  p.status = grown(p.status, c, 0);
  p.releaseDay = grown(p.releaseDay, c, 0);
  p.releasePlace = grown(p.releasePlace, c, -1);
  p.releasePolicy = grown(p.releasePolicy, c, 0);
  p.releaseCrossing = grown(p.releaseCrossing, c, -1);
  p.lastAttemptDay = grown(p.lastAttemptDay, c, -1);
  p.failStreak = grown(p.failStreak, c, 0);
  p.lastCrossing = grown(p.lastCrossing, c, -1);
  p.avoided = grown(p.avoided, c, 0);
  p.clientService = grown(p.clientService, c, -1);
  p.registeredAt = grown(p.registeredAt, c, -1);
  p.clientLegs = grown(p.clientLegs, c, 0);
  p.attempts = grown(p.attempts, c, 0);
  p.detections = grown(p.detections, c, 0);
  p.attemptsToSuccess = grown(p.attemptsToSuccess, c, 0);
  p.createdDay = grown(p.createdDay, c, 0);
  p.arrivedDay = grown(p.arrivedDay, c, -1);
  p.crossingAttempts = grown(p.crossingAttempts, c * p.crossingCount, 0);
  p.crossingToSuccess = grown(p.crossingToSuccess, c * p.crossingCount, 0);
  p.capacity = c;
}

/**
 * The event log of apprehensions (person, day, crossing, outcome), in the order they happen;
 * written only by apprehension.ts through logApprehension.
 */
export interface EventLog {
  person: Int32Array;
  day: Int32Array;
  crossing: Int32Array;
  /** Index into POLICY_NAMES. */
  outcome: Uint8Array;
  count: number;
}

export function createEventLog(): EventLog {
  return { person: new Int32Array(1024), day: new Int32Array(1024), crossing: new Int32Array(1024), outcome: new Uint8Array(1024), count: 0 };
}

function doubled<T extends Int32Array | Uint8Array>(a: T): T {
  const out = new (a.constructor as new (n: number) => T)(a.length * 2);
  out.set(a);
  return out;
}

export function logApprehension(log: EventLog, person: number, day: number, crossing: number, outcome: number): void {
  if (log.count === log.person.length) {
    log.person = doubled(log.person);
    log.day = doubled(log.day);
    log.crossing = doubled(log.crossing);
    log.outcome = doubled(log.outcome);
  }
  const k = log.count++;
  log.person[k] = person;
  log.day[k] = day;
  log.crossing[k] = crossing;
  log.outcome[k] = outcome;
}

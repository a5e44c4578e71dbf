/**
 * Every per-person column a corridor run adds to the agent table (status, release, attempts,
 * detections, ...), indexed by agent id, declared once in a column schema (engine/columns.ts):
 * allocation, growth and the starting values of new persons derive from it. The two per-crossing
 * columns hold one entry per person and crossing (a * crossingCount + c), so the schema is built
 * for the scenario's crossing count.
 */
import { allocateColumns, defineColumns, growColumns } from '../columns.js';
import type { ColumnsOf } from '../columns.js';

/** The per-person border columns of a scenario with `crossingCount` crossings (their types are inferred from the declaration). */
export function borderPersonSchema(crossingCount: number) {
  const perCrossing = Math.max(1, crossingCount); // a scenario without crossings never reads them
  return defineColumns([
    /** PersonStatus (personStatus.ts). */
    { name: 'status', type: 'u8', default: 0 },
    /** Day a person in transfer or detention is released. */
    { name: 'releaseDay', type: 'i32', default: 0 },
    /** Location a person in transfer or detention is released at (-1: none). */
    { name: 'releasePlace', type: 'i32', default: -1 },
    /** Policy applied at release from detention (index into POLICY_NAMES). */
    { name: 'releasePolicy', type: 'u8', default: 0 },
    /** Crossing a person in detention or transfer was apprehended at. */
    { name: 'releaseCrossing', type: 'i16', default: -1 },
    { name: 'lastAttemptDay', type: 'i32', default: -1 },
    { name: 'failStreak', type: 'u16', default: 0 },
    { name: 'lastCrossing', type: 'i16', default: -1 },
    /** Bit c set: the person avoids crossing c after repeated failures there. */
    { name: 'avoided', type: 'u32', default: 0 },
    /** Smuggling service the person is a client of (-1: none). */
    { name: 'clientService', type: 'i16', default: -1 },
    /** Reception centre the person is registered in and present at (-1: none). */
    { name: 'registeredAt', type: 'i32', default: -1 },
    /** Legs left on which a smuggling client travels with the service. */
    { name: 'clientLegs', type: 'u8', default: 0 },
    { name: 'attempts', type: 'u16', default: 0 },
    { name: 'detections', type: 'u16', default: 0 },
    /** Attempts up to and including the first successful crossing (0: none yet). */
    { name: 'attemptsToSuccess', type: 'u16', default: 0 },
    { name: 'createdDay', type: 'i32', default: 0 },
    /** Day of arrival at a destination (-1: not arrived). */
    { name: 'arrivedDay', type: 'i32', default: -1 },
    /** Per person and crossing: attempts, and attempts to the first success (0: none). */
    { name: 'crossingAttempts', type: 'u16', default: 0, width: perCrossing },
    { name: 'crossingToSuccess', type: 'u16', default: 0, width: perCrossing },
  ]);
}

export type BorderPersonSchema = ReturnType<typeof borderPersonSchema>;

export interface BorderPersonColumns extends ColumnsOf<BorderPersonSchema> {
  /** Persons the columns have room for. */
  capacity: number;
  /** Crossings of the scenario (the width of the per-crossing columns). */
  readonly crossingCount: number;
  readonly schema: BorderPersonSchema;
}

export function createBorderPersonColumns(crossingCount: number, plannedPersons: number): BorderPersonColumns {
  const schema = borderPersonSchema(crossingCount);
  const capacity = grownCapacity(0, plannedPersons);
  return { ...allocateColumns(schema, capacity), capacity, crossingCount, schema };
}

function grownCapacity(capacity: number, count: number): number {
  return Math.max(count, Math.ceil(capacity * 1.5), 1024);
}

/** Makes room for persons with ids below `count`. New persons get their starting values. */
export function ensurePersons(p: BorderPersonColumns, count: number): void {
  if (count <= p.capacity) return;
  const c = grownCapacity(p.capacity, count);
  growColumns(p.schema, p, c);
  p.capacity = c;
}

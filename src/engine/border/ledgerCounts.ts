/**
 * The ledger's counts of events, per day: attempts, detections and successful crossings per
 * crossing, registrations per reception centre.
 *
 * One writer: the engine's border phases (crossingAttempt.ts, apprehension.ts, reception.ts)
 * count into this struct as the events happen; nothing else writes it. The ledger recorder
 * (src/recorders/ledgerRecorder.ts) only reads it, and keeps the end-of-day snapshots (persons
 * per state, occupancy) in series of its own.
 */
export interface LedgerCounts {
  readonly days: number;
  readonly crossingCount: number;
  readonly locationCount: number;
  /** Per day and crossing (index day * crossingCount + c). */
  readonly attempts: Int32Array;
  readonly detections: Int32Array;
  readonly crossed: Int32Array;
  /** Registrations (entries) per reception centre and day: index day * locationCount + l. */
  readonly registrations: Int32Array;
}

export function createLedgerCounts(days: number, crossingCount: number, locationCount: number): LedgerCounts {
  return {
    days,
    crossingCount,
    locationCount,
    attempts: new Int32Array(days * crossingCount),
    detections: new Int32Array(days * crossingCount),
    crossed: new Int32Array(days * crossingCount),
    registrations: new Int32Array(days * locationCount),
  };
}

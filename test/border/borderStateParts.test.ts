/**
 * The parts of the corridor state, each with its one writer: the event log grows without losing
 * rows, per-person columns grow with their starting values, and the ledger recorder only reads
 * the engine's ledger counts (it keeps its end-of-day snapshots in series of its own).
 */
import { describe, expect, it } from 'vitest';
import { createBorderPersonColumns, ensurePersons } from '../../src/engine/border/borderPersonColumns.js';
import { createEventLog, logApprehension } from '../../src/engine/border/eventLog.js';
import { createLedgerRecorder } from '../../src/recorders/ledgerRecorder.js';
import { corridorYml } from '../helpers/corridorFolder.js';
import { corridorSimulation } from '../helpers/corridorRun.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import { writeCorridorFolder } from '../helpers/corridorFolder.js';

describe('event log', () => {
  it('keeps every row, in order, past its first allocation', () => {
    const log = createEventLog();
    for (let k = 0; k < 2500; k++) logApprehension(log, k, k % 7, k % 3, k % 5);
    expect(log.count).toBe(2500);
    expect(log.person.length).toBeGreaterThanOrEqual(2500);
    expect([log.person[2499], log.day[2499], log.crossing[2499], log.outcome[2499]]).toEqual([2499, 2499 % 7, 2499 % 3, 2499 % 5]);
    expect([log.person[1023], log.person[1024]]).toEqual([1023, 1024]);
  });
});

describe('per-person columns', () => {
  it('grow keeping values, new persons starting unregistered, with no release place and no attempt day', () => {
    const p = createBorderPersonColumns(2, 10);
    p.attempts[3] = 4;
    p.registeredAt[3] = 1;
    p.crossingAttempts[3 * 2 + 1] = 2;
    ensurePersons(p, p.capacity + 1);
    expect(p.capacity).toBeGreaterThan(1024);
    expect([p.attempts[3], p.registeredAt[3], p.crossingAttempts[7]]).toEqual([4, 1, 2]);
    const a = p.capacity - 1;
    expect([p.registeredAt[a], p.releasePlace[a], p.lastAttemptDay[a], p.arrivedDay[a], p.clientService[a], p.status[a]]).toEqual([-1, -1, -1, -1, -1, 0]);
    expect(p.crossingAttempts.length).toBe(p.capacity * 2);
  });
});

describe('ledger counts', () => {
  it('are written by the engine only: recording a day leaves them as the phases left them', () => {
    const dir = writeCorridorFolder({ yml: corridorYml('crossings:\n  - { from: Border, to: Goal, apprehension: 0.5, policy: push-back }\n', 10) });
    const sim = corridorSimulation(readCorridorScenario(dir), 3);
    for (let t = 0; t < 4; t++) sim.step();
    const b = sim.state.border!;
    const before = [b.ledger.attempts, b.ledger.detections, b.ledger.crossed, b.ledger.registrations].map((a) => Array.from(a));
    expect(before[0].reduce((x, y) => x + y, 0)).toBeGreaterThan(0);
    const recorder = createLedgerRecorder(b);
    for (let t = 0; t < 4; t++) recorder.record(sim.state, t);
    const ledger = recorder.finish(sim.state, 4);
    expect([b.ledger.attempts, b.ledger.detections, b.ledger.crossed, b.ledger.registrations].map((a) => Array.from(a))).toEqual(before);
    expect(Array.from(ledger.attempts)).toEqual(before[0].slice(0, 4 * b.crossingCount));
  });
});

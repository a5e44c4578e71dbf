/**
 * Warm start (burn_in: in scenario.yml): a run with a burn-in of B days is a run started B days
 * earlier whose first B days are not reported. On a graph with a long transit time and constant
 * arrivals, every reported figure of the warm-started run equals the earlier run's figure B days
 * later, exactly (same seed: burn-in day k is day k of the earlier run). Reported outputs have
 * exactly `days` rows and persons carried over from the burn-in keep the states adding up.
 */
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/errors.js';
import type { RunRecord } from '../../src/recorders/types.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import { DEFAULT_LOCATIONS, linksCsv, writeCorridorFolder } from '../helpers/corridorFolder.js';
import { runCorridor } from '../helpers/corridorRun.js';

const A = 7; // arrivals per day
const B = 20; // burn-in days
const D = 30; // reported days
const LINKS = linksCsv('Entry,Border,1500,road,assumption', 'Border,Goal,5,border,assumption', 'South,Entry,20,road,assumption');

function yml(start: string, days: number, extra: string, eventDate = '2022-12-20'): string {
  return `corridor: 1
name: warm
start_date: ${start}
days: ${days}
${extra}
movement:
  move_chance: { entry: 1, transit: 0.5, reception: 0.3, informal: 1 }
crossings:
  - from: Border
    to: Goal
    apprehension: 0.4
    policy: internal-return
    return_to: South
    transfer_days: 2
events:
  - date: ${eventDate}
    crossing: Border -> Goal
    set: { apprehension: 0.7 }
    source: assumption
  - date: 2023-01-15
    crossing: Border -> Goal
    set: { policy: push-back, wait_days: 3 }
    source: assumption
`;
}

function constantArrivals(from: string, to: string, perDay: number, days: number): string {
  return `date_start,date_end,count,entry,source\n${from},${to},${perDay * days},Entry,assumption\n`;
}

/** The warm-started run: from 2023-01-01 for D days after a burn-in of B days. */
function warmFolder(burnIn: string, eventDate?: string): string {
  return writeCorridorFolder({ yml: yml('2023-01-01', D, burnIn, eventDate), links: LINKS, arrivals: constantArrivals('2023-01-01', '2023-01-30', A, D) });
}

function warmRun(burnIn: string, eventDate?: string): RunRecord {
  return runCorridor(warmFolder(burnIn, eventDate), 3);
}

/** The same world started B days earlier (2022-12-12), reported from its first day. */
function earlyRun(): RunRecord {
  const dir = writeCorridorFolder({ yml: yml('2022-12-12', B + D, ''), links: LINKS, arrivals: constantArrivals('2022-12-12', '2023-01-30', A, B + D) });
  return runCorridor(dir, 3);
}

const states = (r: RunRecord, t: number): number[] => {
  const l = r.ledger!;
  return [r.totalAgents[t], l.atLocation[t], l.onLink[t], l.inTransfer[t], l.inDetention[t], l.arrived[t], l.removed[t]];
};

describe('burn-in (warm start)', () => {
  const warm = warmRun('burn_in: { days: { value: 20, source: assumption } }');
  const early = earlyRun();

  it('each reported day equals the day B later of a run started B days earlier', () => {
    expect(warm.days).toBe(D);
    for (let t = 0; t < D; t++) expect(states(warm, t)).toEqual(states(early, B + t));
    const C = warm.ledger!.crossingNames.length;
    expect(Array.from(warm.ledger!.detections)).toEqual(Array.from(early.ledger!.detections.subarray(B * C)));
    expect(Array.from(warm.ledger!.attempts)).toEqual(Array.from(early.ledger!.attempts.subarray(B * C)));
    const n = warm.network!.locationNames.length;
    expect(Array.from(warm.network!.present)).toEqual(Array.from(early.network!.present.subarray(B * n)));
    const links = warm.network!.linkEnds.length / 2;
    expect(Array.from(warm.network!.linkFlow)).toEqual(Array.from(early.network!.linkFlow.subarray(B * links)));
    // The first reported day is not empty: persons carried over are in transit and at the border.
    expect(warm.ledger!.atLocation[0] + warm.ledger!.onLink[0]).toBeGreaterThan(A * B * 0.5);
  });

  it('the event log holds reported days only, numbered from start_date', () => {
    const e = early.ledger!.events;
    const keep = Array.from(e.day.keys()).filter((i) => e.day[i] >= B);
    expect(keep.length).toBeGreaterThan(0);
    expect(keep.length).toBeLessThan(e.day.length); // the burn-in had apprehensions
    const w = warm.ledger!.events;
    expect(Array.from(w.day)).toEqual(keep.map((i) => e.day[i] - B));
    expect(Array.from(w.person)).toEqual(keep.map((i) => e.person[i]));
    expect(w.day.every((d) => d >= 0 && d < D)).toBe(true);
    const s = warm.ledger!.summary;
    expect(s.overall.detections).toBe(w.day.length);
    expect(s.overall.persons_detected).toBe(new Set(w.person).size);
    // Per-person attempts count from the end of the burn-in: they add up to the reported attempts.
    const perPerson = s.overall.attempts_per_person;
    expect(perPerson.persons).toBe(s.overall.persons_attempted);
    expect(Math.round(perPerson.mean! * perPerson.persons)).toBe(s.overall.attempts);
    expect(s.overall.attempts).toBeLessThan(early.ledger!.summary.overall.attempts);
  });

  it('outputs have exactly days rows; conservation holds every reported day with carried_over', () => {
    const l = warm.ledger!;
    for (const series of [warm.totalAgents, l.atLocation, l.onLink, l.inTransfer, l.arrived, l.removed]) expect(series.length).toBe(D);
    expect(l.attempts.length).toBe(D * l.crossingNames.length);
    for (let t = 0; t < D; t++) {
      const [created, ...parts] = states(warm, t);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(created);
    }
    expect(l.summary.carried_over).toBe(early.totalAgents[B - 1]);
    expect(l.summary.carried_over).toBe(A * B);
    expect(l.summary.persons_created).toBe(warm.totalAgents[D - 1]);
    expect(early.ledger!.summary.carried_over).toBeUndefined();
  });

  it('an event dated before the burn-in applies from its first day', () => {
    const eventDay = (date: string): number => readCorridorScenario(warmFolder('burn_in: { days: 20 }', date)).corridor!.events[0].day;
    expect([eventDay('2022-10-01'), eventDay('2022-12-12'), eventDay('2022-12-13'), eventDay('2023-01-01')]).toEqual([0, 0, 1, B]);
    expect(warmRun('burn_in: { days: 20 }', '2022-10-01')).toEqual(warmRun('burn_in: { days: 20 }', '2022-12-12'));
  });

  it('burn-in arrivals are the mean daily arrivals of the first reference_days reported days', () => {
    const arrivals = 'date_start,date_end,count,entry,source\n2023-01-01,2023-01-10,100,Entry,assumption\n2023-01-11,2023-01-30,400,Entry,assumption\n';
    const read = (burnIn: string): Float64Array => readCorridorScenario(writeCorridorFolder({ yml: yml('2023-01-01', D, burnIn), links: LINKS, arrivals })).corridor!.arrivals[0].daily;
    const month = read('burn_in: { days: 5 }'); // 10 a day for 10 days, then 20 a day: (100 + 400) / 30
    for (const v of month.subarray(0, 5)) expect(v).toBeCloseTo(500 / 30, 12);
    expect(Array.from(month.subarray(5, 7))).toEqual([10, 10]);
    expect(month.length).toBe(5 + D);
    const tenDays = read('burn_in: { days: 3, reference_days: { value: 10, source: assumption } }');
    expect(Array.from(tenDays.subarray(0, 4))).toEqual([10, 10, 10, 10]);
  });

  it('burn_in days 0 gives the same record as no burn_in', () => {
    expect(warmRun('burn_in: { days: 0 }', '2023-01-05')).toEqual(warmRun('', '2023-01-05'));
  });
});

describe('burn_in errors', () => {
  const messageOf = (burnIn: string, eventDate?: string): string => {
    const dir = writeCorridorFolder({ yml: yml('2023-01-01', D, burnIn, eventDate ?? '2023-01-05'), locations: DEFAULT_LOCATIONS, links: LINKS, arrivals: constantArrivals('2023-01-01', '2023-01-30', A, D) });
    try {
      readCorridorScenario(dir);
    } catch (e) {
      if (isInputError(e)) return e.message;
      throw e;
    }
    throw new Error('no error was raised');
  };
  const cases: [string, RegExp][] = [
    ['burn_in: { days: -1 }', /burn_in\.days: -1 is out of range/],
    ['burn_in: { days: 2.5 }', /burn_in\.days: 2\.5 is out of range/],
    ['burn_in: { days: "x" }', /burn_in\.days: not a number/],
    ['burn_in: {}', /burn_in\.days: missing/],
    ['burn_in: 30', /burn_in/],
    ['burn_in: { days: 36500 }', /burn_in\.days: 36500 burn-in days and 30 reported days make 36530 days/],
    ['burn_in: { days: 10, reference_days: 0 }', /burn_in\.reference_days: 0 is out of range/],
    ['burn_in: { days: 10, refrence_days: 5 }', /unknown key "refrence_days"/],
    ['burn_in: { days: { value: 10, source: nowhere } }', /unknown source "nowhere"/],
  ];
  for (const [text, expected] of cases) it(text, () => expect(messageOf(text)).toMatch(expected));

  it('without a burn-in an event before start_date is still outside the run', () => {
    expect(messageOf('', '2022-12-20')).toMatch(/2022-12-20 is outside the run/);
  });
});

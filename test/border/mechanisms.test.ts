/**
 * Each border mechanism on its own, on small corridors built in the test: one attempt per day,
 * reception capacity and overflow, transfer delays, detention then release, registration,
 * deportation, giving up and switching crossings after K failures, smuggling capacity and price,
 * closures by dated events, and goal-directed route choice.
 */
import { describe, expect, it } from 'vitest';
import { buildCorridorCandidates, distancesTo } from '../../src/engine/border/corridorCandidates.js';
import { sampleDays } from '../../src/engine/border/daySample.js';
import { createPathPool } from '../../src/engine/candidatePaths.js';
import { createNetwork } from '../../src/engine/network.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import { arrivalsCsv, corridorYml, linksCsv, locationsCsv, writeCorridorFolder } from '../helpers/corridorFolder.js';
import { corridorSimulation, runCorridor } from '../helpers/corridorRun.js';

/** Day series of one crossing from a day-major crossing matrix. */
function ofCrossing(l: { crossingNames: readonly string[] }, values: Int32Array, name = 'Border -> Goal'): number[] {
  const C = l.crossingNames.length;
  const c = l.crossingNames.indexOf(name);
  return Array.from({ length: values.length / C }, (_, t) => values[t * C + c]);
}

const ALWAYS_MOVE = `movement:
  move_chance: { entry: 1, transit: 1, reception: 1, informal: 1 }
`;

function crossingYml(fields: string, extra = ''): string {
  return corridorYml(`${ALWAYS_MOVE}reception:
  stay_days: 1
crossings:
  - from: Border
    to: Goal
${fields
  .trim()
  .split('\n')
  .map((l) => `    ${l.trim()}`)
  .join('\n')}
${extra}`);
}

describe('crossing attempts', () => {
  it('an intercepted person makes no second attempt the same day (push-back, wait 0 days still means tomorrow)', () => {
    const dir = writeCorridorFolder({ yml: crossingYml('apprehension: 1\npolicy: push-back\nwait_days: 0'), arrivals: arrivalsCsv(50) });
    const l = runCorridor(dir).ledger!;
    // Always intercepted: exactly one attempt per person per day from day 0 (arrival day) on.
    const days = l.atLocation.length;
    expect(l.summary.overall.attempts).toBe(50 * days);
    expect(l.summary.arrived).toBe(0);
  });

  it('internal return: persons are in transfer for exactly transfer_days, then at the return location', () => {
    const dir = writeCorridorFolder({ yml: crossingYml('apprehension: 1\npolicy: internal-return\nreturn_to: South\ntransfer_days: 4\nwait_days: 100'), arrivals: arrivalsCsv(30) });
    const sim = corridorSimulation(readCorridorScenario(dir));
    const r = sim.run();
    const l = r.ledger!;
    // Detected on day 0, in transfer on days 0-3, placed at South on day 4.
    expect(Array.from(l.inTransfer.slice(0, 6))).toEqual([30, 30, 30, 30, 0, 0]);
    const south = r.network!.locationNames.indexOf('South');
    const n = r.network!.locationNames.length;
    expect(r.network!.present[4 * n + south]).toBe(30);
    expect(l.registrations[4 * n + south]).toBe(30);
  });

  it('deportation removes the person from the system', () => {
    const dir = writeCorridorFolder({ yml: crossingYml('apprehension: 1\npolicy: deportation'), arrivals: arrivalsCsv(40) });
    const l = runCorridor(dir).ledger!;
    expect(l.summary.removed).toBe(40);
    expect(l.removed[0]).toBe(40);
    expect(l.summary.overall.detections).toBe(40);
  });

  it('detention holds persons detention_days at the place, then releases them under `then`', () => {
    const dir = writeCorridorFolder({ yml: crossingYml('apprehension: 1\npolicy: detention\nplace: South\ndetention_days: 5\nthen: deportation'), arrivals: arrivalsCsv(20) });
    const l = runCorridor(dir).ledger!;
    expect(Array.from(l.inDetention.slice(0, 6))).toEqual([20, 20, 20, 20, 20, 0]);
    expect(l.removed[5]).toBe(20);
  });

  it('registration places the person at the far side, where reception rules apply', () => {
    const locations = locationsCsv(
      'Entry,RS,entry,42.3,21.6,,,assumption',
      'Border,RS,transit,46.1,19.9,,,assumption',
      'Camp,HU,reception,46.2,20.0,10,Field,assumption',
      'Field,HU,informal,46.2,20.1,,,assumption',
      'Goal,AT,destination,48.2,16.4,,,assumption',
    );
    const links = linksCsv(
      'Entry,Border,10,road,assumption',
      'Border,Camp,5,border,assumption',
      'Camp,Goal,300,road,assumption',
      'Camp,Field,2,road,assumption',
    );
    const yml = corridorYml(`movement:
  move_chance: { entry: 1, transit: 1, reception: 1, informal: 0 }
reception:
  stay_days: 30
crossings:
  - { from: Border, to: Camp, apprehension: 1, policy: registration, wait_days: 1 }
`);
    const dir = writeCorridorFolder({ yml, locations, links, arrivals: arrivalsCsv(25) });
    const r = runCorridor(dir);
    const n = r.network!.locationNames.length;
    const camp = r.network!.locationNames.indexOf('Camp');
    const field = r.network!.locationNames.indexOf('Field');
    // Ten places: ten registered and staying, the other fifteen sent to the overflow site.
    expect(r.ledger!.occupancy[camp]).toBe(10);
    expect(r.network!.present[field]).toBe(15);
    expect(r.ledger!.summary.reception.find((c) => c.location === 'Camp')?.peak_occupancy).toBe(10);
    void n;
  });

  it('after K failures a person gives up with probability give_up, else avoids the crossing', () => {
    const all = writeCorridorFolder({ yml: crossingYml('apprehension: 1\npolicy: push-back\nwait_days: 1\nmax_failures: 3\ngive_up: 1'), arrivals: arrivalsCsv(100) });
    const l = runCorridor(all).ledger!.summary;
    expect(l.overall.gave_up).toBe(100);
    expect(l.overall.attempts).toBe(300);
    // give_up 0: everyone avoids the only crossing (factor 0), so nobody attempts again.
    const none = writeCorridorFolder({ yml: crossingYml('apprehension: 1\npolicy: push-back\nwait_days: 1\nmax_failures: 2\ngive_up: 0\navoid_factor: 0'), arrivals: arrivalsCsv(100) });
    const m = runCorridor(none).ledger!.summary;
    expect(m.overall.gave_up).toBe(0);
    expect(m.overall.attempts).toBe(200);
    expect(m.overall.still_trying).toBe(100);
  });

  it('a person who avoids a crossing switches to another one', () => {
    const locations = locationsCsv(
      'Entry,RS,entry,42.3,21.6,,,assumption',
      'Border,RS,transit,46.1,19.9,,,assumption',
      'Goal,HU,destination,46.2,20.0,,,assumption',
      'West,RS,transit,45.1,19.2,,,assumption',
      'Goal2,HR,destination,45.2,19.1,,,assumption',
    );
    const links = linksCsv(
      'Entry,Border,10,road,assumption',
      'Border,Goal,5,border,assumption',
      'Entry,West,12,road,assumption',
      'West,Goal2,5,border,assumption',
    );
    const yml = corridorYml(`${ALWAYS_MOVE}crossings:
  - { from: Border, to: Goal, apprehension: 1, policy: internal-return, return_to: Entry, transfer_days: 1, wait_days: 1, max_failures: 2, give_up: 0, avoid_factor: 0 }
`);
    const dir = writeCorridorFolder({ yml, locations, links, arrivals: arrivalsCsv(200) });
    const s = runCorridor(dir).ledger!.summary;
    // Border is the shorter way: most try it, fail twice, then go west; all arrive at Goal2.
    const hu = s.crossings.find((c) => c.crossing === 'Border -> Goal')!;
    expect(hu.persons_attempted).toBeGreaterThan(100);
    expect(hu.detections).toBeLessThanOrEqual(2 * hu.persons_attempted);
    expect(s.arrived).toBe(200);
  });
});

describe('smuggling services', () => {
  const service = (capacity: number, price: number) =>
    writeCorridorFolder({
      yml: crossingYml(
        'apprehension: 1\npolicy: push-back\nwait_days: 1',
        `smuggling:\n  - { location: Border, capacity_per_day: ${capacity}, price: ${price}, reference_price: 1000, uptake: 1, apprehension_factor: 0, speed_factor: 2, legs: 1 }\n`,
      ),
      arrivals: arrivalsCsv(100),
    });

  it('clients cross with factor s (here 0), at most capacity_per_day a day', () => {
    const s = runCorridor(service(10, 1000)).ledger!.summary;
    expect(s.arrived).toBe(100);
    const l = runCorridor(service(10, 1000)).ledger!;
    // Ten clients a day cross; everyone else is intercepted.
    expect(ofCrossing(l, l.crossed).slice(0, 3)).toEqual([10, 10, 10]);
  });

  it('uptake falls with price: at twice the reference price half of the uptake', () => {
    const cheap = runCorridor(service(1000, 1000)).ledger!;
    const dear = runCorridor(service(1000, 2000)).ledger!;
    expect(ofCrossing(cheap, cheap.crossed)[0]).toBe(100);
    // Binomial(100, 0.5): within 4 sd of 50.
    expect(Math.abs(ofCrossing(dear, dear.crossed)[0] - 50)).toBeLessThan(4 * 5);
  });

  it('a dated event cuts the capacity (smugglers arrested)', () => {
    const dir = writeCorridorFolder({
      yml: crossingYml(
        'apprehension: 1\npolicy: push-back\nwait_days: 1',
        `smuggling:\n  - { location: Border, capacity_per_day: 10, price: 1000, uptake: 1, apprehension_factor: 0 }\nevents:\n  - { date: 2023-01-03, smuggling: Border, set: { capacity_per_day: 2 }, source: assumption }\n`,
      ),
      arrivals: arrivalsCsv(100),
    });
    const l = runCorridor(dir).ledger!;
    expect(ofCrossing(l, l.crossed).slice(0, 4)).toEqual([10, 10, 2, 2]);
  });
});

describe('dated events and route choice', () => {
  it('an event changes the apprehension probability from its date on', () => {
    const dir = writeCorridorFolder({
      yml: crossingYml('apprehension: 0\npolicy: push-back\nwait_days: 1', 'events:\n  - { date: 2023-01-05, crossing: Border -> Goal, set: { apprehension: 1 }, source: assumption }\n'),
      arrivals: arrivalsCsv(300, '2023-01-01', '2023-01-10'),
    });
    const l = runCorridor(dir).ledger!;
    expect(ofCrossing(l, l.detections).slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(ofCrossing(l, l.crossed)[3]).toBe(30);
    expect(ofCrossing(l, l.crossed)[4]).toBe(0);
    expect(ofCrossing(l, l.detections)[4]).toBe(30);
  });

  it('closed-border by event: nobody can start the crossing; reopening lets people through', () => {
    const dir = writeCorridorFolder({
      yml: crossingYml(
        'apprehension: 0',
        'events:\n  - { date: 2023-01-01, crossing: Border -> Goal, set: { policy: closed-border }, source: assumption }\n  - { date: 2023-01-10, crossing: Border -> Goal, set: { closed: false }, source: assumption }\n',
      ),
      arrivals: arrivalsCsv(50),
    });
    const l = runCorridor(dir).ledger!;
    expect(Array.from(l.arrived.slice(0, 9))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(l.arrived[9]).toBe(50);
    expect(l.summary.overall.attempts).toBe(50);
  });

  it('route choice: next steps only toward a destination, within the detour allowance', () => {
    // A -10- B -10- D(estination); A -15- C -15- D; A -5- E (dead end).
    const net = createNetwork(5, [
      { from: 0, to: 1, distanceKm: 10, forcedRedirection: 0, maxMoveSpeed: undefined, walkProbability: 0, source: { file: 'x', line: 1 } },
      { from: 1, to: 3, distanceKm: 10, forcedRedirection: 0, maxMoveSpeed: undefined, walkProbability: 0, source: { file: 'x', line: 2 } },
      { from: 0, to: 2, distanceKm: 15, forcedRedirection: 0, maxMoveSpeed: undefined, walkProbability: 0, source: { file: 'x', line: 3 } },
      { from: 2, to: 3, distanceKm: 15, forcedRedirection: 0, maxMoveSpeed: undefined, walkProbability: 0, source: { file: 'x', line: 4 } },
      { from: 0, to: 4, distanceKm: 5, forcedRedirection: 0, maxMoveSpeed: undefined, walkProbability: 0, source: { file: 'x', line: 5 } },
    ]);
    expect(Array.from(distancesTo(net, 5, 3))).toEqual([20, 10, 15, 0, 25]);
    const tight = buildCorridorCandidates(net, 5, [3], 0.3, createPathPool());
    const fromA = (t: typeof tight) => Array.from({ length: t.candStart[1] - t.candStart[0] }, (_, k) => net.linkTo[t.firstLink[t.candStart[0] + k]]);
    expect(fromA(tight)).toEqual([1]); // via C is 30 km = 1.5 x 20: outside a 30% detour
    const loose = buildCorridorCandidates(net, 5, [3], 0.5, createPathPool());
    expect(fromA(loose).sort()).toEqual([1, 2]);
    expect(loose.candStart[4] - loose.candStart[3]).toBe(0); // nothing from the destination
  });

  it('day distributions: uniform covers both ends, geometric and exponential have the stated means', () => {
    const u = (i: number, n: number) => (i + 0.5) / n;
    const n = 100_000;
    const uni = new Set<number>();
    let geo = 0;
    for (let i = 0; i < n; i++) {
      uni.add(sampleDays({ kind: 'uniform', min: 1, max: 3 }, u(i, n)));
      geo += sampleDays({ kind: 'geometric', mean: 4 }, u(i, n));
    }
    expect([...uni].sort()).toEqual([1, 2, 3]);
    expect(geo / n).toBeCloseTo(4, 1);
  });
});

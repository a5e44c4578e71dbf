/**
 * Each border phase and step rule on its own, on a corridor state set up but not run:
 *
 *   Entry (RS) -- 10 km -- Border (RS) == 5 km crossing == Goal (HU, destination)
 *   South (RS, reception) -- 20 km -- Entry
 */
import { describe, expect, it } from 'vitest';
import { applyPolicyEvents } from '../../src/engine/border/applyPolicyEvents.js';
import { applyPolicy } from '../../src/engine/border/apprehension.js';
import { arriveEntrants } from '../../src/engine/border/arrivals.js';
import { ensurePersons } from '../../src/engine/border/borderPersonColumns.js';
import type { BorderState } from '../../src/engine/border/borderState.js';
import { beforeStep } from '../../src/engine/border/crossingAttempt.js';
import { OUT_OF_PLAY, PersonStatus } from '../../src/engine/border/personStatus.js';
import { onArrival } from '../../src/engine/border/reception.js';
import { releaseHeld } from '../../src/engine/border/releases.js';
import { createAt } from '../../src/engine/phases/spawnAgents.js';
import type { SimulationState } from '../../src/engine/state.js';
import { arrivalsCsv, corridorYml, linksCsv, locationsCsv } from '../helpers/corridorFolder.js';
import { at, corridorState } from '../helpers/handBuiltState.js';

function crossing(fields: string, extra = ''): string {
  return corridorYml(`reception:\n  stay_days: 3\ncrossings:\n  - { from: Border, to: Goal, ${fields} }\n${extra}`);
}

function border(s: SimulationState): BorderState {
  if (s.border === undefined) throw new Error('not a corridor state');
  return s.border;
}

/** `n` new persons at `place` (created on day 0), their ids. */
function personsAt(s: SimulationState, place: string, n: number): number[] {
  const first = s.agents.count;
  createAt(s, at(s, place), n, 0);
  ensurePersons(border(s).persons, s.agents.count);
  return Array.from({ length: n }, (_, k) => first + k);
}

function linkBetween(s: SimulationState, from: string, to: string): number {
  const net = s.network;
  for (let e = 0; e < net.linkCount; e++) if (net.linkFrom[e] === at(s, from) && net.linkTo[e] === at(s, to) && net.linkClosed[e] === 0) return e;
  throw new Error(`no open link ${from} -> ${to}`);
}

describe('arriveEntrants', () => {
  it('creates whole persons per day at the entry, carrying fractions so the total matches the scaled series', () => {
    const s = corridorState({ yml: corridorYml('arrivals:\n  scale: 0.3\n', 10), arrivals: arrivalsCsv(10, '2023-01-01', '2023-01-04') });
    const b = border(s);
    const perDay: number[] = [];
    for (let day = 0; day < 4; day++) {
      const before = s.agents.count;
      arriveEntrants(s, b, day);
      perDay.push(s.agents.count - before);
      for (let a = before; a < s.agents.count; a++) expect(b.persons.createdDay[a]).toBe(day);
    }
    expect(perDay.reduce((x, y) => x + y, 0)).toBe(3);
    expect(perDay.every((n) => n === 0 || n === 1)).toBe(true);
    expect(s.locations.agents[at(s, 'Entry')]).toBe(3);
  });
});

describe('crossing attempts (beforeStep)', () => {
  it('a crossing that never intercepts lets the person cross and counts one attempt and one crossing', () => {
    const s = corridorState({ yml: crossing('apprehension: 0') });
    const b = border(s);
    const [a] = personsAt(s, 'Border', 1);
    const e = linkBetween(s, 'Border', 'Goal');
    expect(beforeStep(s, b, a, at(s, 'Border'), e, 0)).toBe(e);
    expect([b.ledger.attempts[0], b.ledger.crossed[0], b.ledger.detections[0]]).toEqual([1, 1, 0]);
    expect(b.persons.attemptsToSuccess[a]).toBe(1);
    // A second attempt the same day is refused (at most one per person per day).
    expect(beforeStep(s, b, a, at(s, 'Border'), e, 0)).toBe(-1);
    expect(b.ledger.attempts[0]).toBe(1);
  });

  it('an interception under deportation removes the person, logs the event and counts a detection', () => {
    const s = corridorState({ yml: crossing('apprehension: 1, policy: deportation') });
    const b = border(s);
    const [a] = personsAt(s, 'Border', 1);
    expect(beforeStep(s, b, a, at(s, 'Border'), linkBetween(s, 'Border', 'Goal'), 2)).toBe(-1);
    const C = b.crossingCount;
    expect([b.ledger.attempts[2 * C], b.ledger.detections[2 * C], b.ledger.crossed[2 * C]]).toEqual([1, 1, 0]);
    expect(b.events.count).toBe(1);
    expect([b.events.person[0], b.events.day[0], b.events.crossing[0]]).toEqual([a, 2, 0]);
    expect(b.persons.status[a]).toBe(PersonStatus.removed);
    expect(b.custody.removed).toBe(1);
    expect(s.locations.agents[at(s, 'Border')]).toBe(0);
    expect(s.agents.nextLeaveDay[a]).toBe(OUT_OF_PLAY);
  });
});

describe('smuggling at departure', () => {
  it('takes on at most capacity_per_day clients a day, counting afresh the next day', () => {
    const s = corridorState({
      yml: corridorYml('smuggling:\n  - { location: Entry, capacity_per_day: 2, price: 1000, reference_price: 1000, uptake: 1, apprehension_factor: 0, speed_factor: 3, legs: 1 }\n'),
    });
    const b = border(s);
    const people = personsAt(s, 'Entry', 5);
    const e = linkBetween(s, 'Entry', 'Border');
    for (const a of people.slice(0, 3)) beforeStep(s, b, a, at(s, 'Entry'), e, 0);
    expect(people.slice(0, 3).map((a) => b.persons.clientLegs[a])).toEqual([1, 1, 0]);
    for (const a of people.slice(3)) beforeStep(s, b, a, at(s, 'Entry'), e, 1);
    expect(people.slice(3).map((a) => b.persons.clientLegs[a])).toEqual([1, 1]);
    const rules = s.stepRules!;
    expect(rules.legSpeed(people[0], 10)).toBe(30);
    expect(rules.legSpeed(people[2], 10)).toBe(10);
    rules.onLegEnd(people[0]);
    expect(rules.legSpeed(people[0], 10)).toBe(10);
  });
});

describe('reception and destinations (onArrival)', () => {
  const locations = locationsCsv(
    'Entry,RS,entry,42.3,21.6,,,assumption',
    'Camp,RS,reception,42.2,21.6,1,Field,assumption',
    'Field,RS,informal,42.2,21.7,,,assumption',
    'Goal,HU,destination,46.2,20.0,,,assumption',
  );
  const links = linksCsv('Entry,Camp,10,road,assumption', 'Camp,Goal,50,road,assumption', 'Camp,Field,1,road,assumption');

  it('registers a person at a centre with room, for the drawn stay, and sends the next to the overflow site', () => {
    const s = corridorState({ yml: corridorYml('reception:\n  stay_days: 3\n'), locations, links });
    const b = border(s);
    const [first, second] = personsAt(s, 'Camp', 2);
    expect(onArrival(s, b, first, at(s, 'Camp'), 4)).toBe(true);
    expect(b.persons.registeredAt[first]).toBe(at(s, 'Camp'));
    expect(s.agents.nextLeaveDay[first]).toBe(7);
    expect(b.ledger.registrations[4 * b.locationCount + at(s, 'Camp')]).toBe(1);
    expect(onArrival(s, b, second, at(s, 'Camp'), 4)).toBe(false);
    expect(s.agents.location[second]).toBe(at(s, 'Field'));
    expect(s.locations.agents[at(s, 'Field')]).toBe(1);
    expect(b.occupancy[at(s, 'Camp')]).toBe(1);
  });

  it('a person reaching a destination has arrived and is out of the movement', () => {
    const s = corridorState({ yml: corridorYml(''), locations, links });
    const b = border(s);
    const [a] = personsAt(s, 'Goal', 1);
    expect(onArrival(s, b, a, at(s, 'Goal'), 6)).toBe(true);
    expect(b.persons.status[a]).toBe(PersonStatus.arrived);
    expect(b.persons.arrivedDay[a]).toBe(6);
    expect(s.agents.nextLeaveDay[a]).toBe(OUT_OF_PLAY);
  });
});

describe('releaseHeld', () => {
  it('releases persons on their day, at the transfer destination, keeping the others in the order they were taken', () => {
    const s = corridorState({ yml: crossing('apprehension: 1, policy: internal-return, return_to: South, transfer_days: 2, wait_days: 1') });
    const b = border(s);
    const people = personsAt(s, 'Border', 3);
    const policy = b.policy.crossings[0];
    for (const a of people) applyPolicy(s, b, a, at(s, 'Border'), 0, 'internal-return', policy, 0, b.streams.rng, false);
    b.persons.releaseDay[people[1]] = 5;
    expect(b.custody.inTransfer).toBe(3);
    releaseHeld(s, b, 1);
    expect(Array.from(b.custody.held.ids.subarray(0, b.custody.held.length))).toEqual(people);
    releaseHeld(s, b, 2);
    expect(Array.from(b.custody.held.ids.subarray(0, b.custody.held.length))).toEqual([people[1]]);
    expect(b.custody.inTransfer).toBe(1);
    for (const a of [people[0], people[2]]) {
      expect(b.persons.status[a]).toBe(PersonStatus.active);
      expect(s.agents.location[a]).toBe(at(s, 'South'));
    }
  });
});

describe('applyPolicyEvents', () => {
  it('closes a crossing on its event day (not before) and changes a smuggling service’s terms', () => {
    const s = corridorState({
      yml: crossing(
        'apprehension: 0',
        'smuggling:\n  - { location: Entry, capacity_per_day: 5, price: 1000, uptake: 1 }\nevents:\n  - { date: 2023-01-03, crossing: Border -> Goal, set: { closed: true }, source: assumption }\n  - { date: 2023-01-02, smuggling: Entry, set: { capacity_per_day: 9 }, source: assumption }\n',
      ),
    });
    const b = border(s);
    const open = (): number => s.network.active[at(s, 'Border')].filter((e) => s.network.linkTo[e] === at(s, 'Goal')).length;
    applyPolicyEvents(s, b, 0);
    applyPolicyEvents(s, b, 1);
    expect(open()).toBe(1);
    expect(b.policy.services[0].capacityPerDay).toBe(9);
    applyPolicyEvents(s, b, 2);
    expect(open()).toBe(0);
    expect(b.policy.crossings[0].closed).toBe(true);
  });
});

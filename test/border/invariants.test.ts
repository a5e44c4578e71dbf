/**
 * Invariants of the ledger over random policy calendars (fast-check): every day, persons are
 * conserved (created = at locations + on links + in transfer + in detention + arrived + removed),
 * every person is in exactly one state (counted from the per-person columns), no count is
 * negative, and detections = Σ over persons of their detections = the event log's length.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersonStatus } from '../../src/engine/border/personStatus.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import { corridorSimulation } from '../helpers/corridorRun.js';
import { linksCsv, locationsCsv, writeCorridorFolder } from '../helpers/corridorFolder.js';

const LOCATIONS = locationsCsv(
  'Entry,RS,entry,42.3,21.6,,,assumption',
  'South,RS,reception,42.2,21.6,40,Camp,assumption',
  'Camp,RS,informal,42.25,21.6,,,assumption',
  'North,RS,reception,46.0,19.8,25,Forest,assumption',
  'Forest,RS,informal,46.1,19.8,,,assumption',
  'West,RS,transit,45.1,19.2,,,assumption',
  'Goal,HU,destination,46.2,20.0,,,assumption',
  'Goal2,HR,destination,45.2,19.1,,,assumption',
);
const LINKS = linksCsv(
  'Entry,South,15,road,assumption',
  'Entry,North,400,road,assumption',
  'South,Camp,3,road,assumption',
  'North,Forest,8,road,assumption',
  'Forest,Goal,6,border,assumption',
  'North,Goal,12,border,assumption',
  'Entry,West,380,road,assumption',
  'West,Goal2,9,border,assumption',
);
const CROSSINGS = ['Forest -> Goal', 'North -> Goal', 'West -> Goal2'];
const POLICIES = ['internal-return', 'push-back', 'deportation', 'detention', 'registration', 'no-enforcement', 'closed-border'] as const;

const policyArb = fc.record({
  apprehension: fc.double({ min: 0, max: 1, noNaN: true }),
  policy: fc.constantFrom(...POLICIES),
  transfer: fc.integer({ min: 0, max: 5 }),
  wait: fc.integer({ min: 0, max: 4 }),
  maxFailures: fc.integer({ min: 0, max: 4 }),
  giveUp: fc.double({ min: 0, max: 1, noNaN: true }),
  then: fc.constantFrom('internal-return', 'push-back', 'deportation', 'registration'),
});
const eventArb = fc.record({ day: fc.integer({ min: 0, max: 39 }), crossing: fc.integer({ min: 0, max: 2 }), change: policyArb, closed: fc.option(fc.boolean()) });

function fields(p: fc.Arbitrary<unknown> extends never ? never : { apprehension: number; policy: string; transfer: number; wait: number; maxFailures: number; giveUp: number; then: string }): string {
  return `{ apprehension: ${p.apprehension}, policy: ${p.policy}, return_to: South, place: North, then: ${p.then}, transfer_days: ${p.transfer}, detention_days: { distribution: uniform, min: 1, max: 4 }, wait_days: ${p.wait}, max_failures: ${p.maxFailures}, give_up: ${p.giveUp} }`;
}

describe('ledger invariants over random policy calendars', () => {
  it('conservation, one state per person, no negative counts, detections = Σ persons', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(policyArb, { minLength: 3, maxLength: 3 }),
        fc.array(eventArb, { maxLength: 6 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        async (initial, events, smugglingCapacity, seed) => {
          // Yield between runs so the test worker answers the runner on a loaded machine.
          await new Promise((resolve) => setImmediate(resolve));
          const crossings = initial
            .map((p, k) => {
              const [from, to] = CROSSINGS[k].split(' -> ');
              return `  - { from: ${from}, to: ${to}, ${fields(p).slice(2)}`;
            })
            .join('\n');
          const calendar = events
            .map((e) => {
              const set = e.closed === null ? fields(e.change) : `{ closed: ${e.closed} }`;
              const date = new Date(Date.UTC(2023, 0, 1 + e.day)).toISOString().slice(0, 10);
              return `  - { date: ${date}, crossing: "${CROSSINGS[e.crossing]}", set: ${set}, source: assumption }`;
            })
            .join('\n');
          const yml = `corridor: 1
name: invariants
start_date: 2023-01-01
days: 40
movement:
  move_chance: { entry: 0.7, transit: 0.5, reception: 0.4, informal: 0.6 }
reception:
  stay_days: { distribution: exponential, mean: 3 }
crossings:
${crossings}
smuggling:
  - { location: North, capacity_per_day: ${smugglingCapacity}, price: 2000, uptake: 0.5, apprehension_factor: 0.5, speed_factor: 2, legs: 2 }
events:
${calendar === '' ? '  []' : calendar}
`;
          const dir = writeCorridorFolder({
            yml: yml.replace('events:\n  []', 'events: []'),
            locations: LOCATIONS,
            links: LINKS,
            arrivals: 'date_start,date_end,count,entry,source\n2023-01-01,2023-01-20,300,Entry,assumption\n',
          });
          const sim = corridorSimulation(readCorridorScenario(dir), seed);
          const b = sim.state.border!;
          const agents = sim.state.agents;
          while (sim.step()) {
            const t = sim.state.day - 1;
            const counts = new Int32Array(7);
            let flagMismatches = 0;
            for (let a = 0; a < agents.count; a++) {
              const st = b.persons.status[a];
              if (st === PersonStatus.active) counts[agents.link[a] >= 0 ? 6 : 0]++;
              else counts[st]++;
              if (((agents.onLink[a >>> 5] >>> (a & 31)) & 1) !== (agents.link[a] >= 0 ? 1 : 0)) flagMismatches++;
            }
            expect(flagMismatches).toBe(0); // the travel phase's on-link bits follow every move, apprehension and release
            const atLocation = counts[0] + counts[PersonStatus.gaveUp];
            const l = sim.record().ledger!;
            expect(l.atLocation[t]).toBe(atLocation);
            expect(l.onLink[t]).toBe(counts[6]);
            expect(l.inTransfer[t]).toBe(counts[PersonStatus.inTransfer]);
            expect(l.inDetention[t]).toBe(counts[PersonStatus.inDetention]);
            expect(l.arrived[t]).toBe(counts[PersonStatus.arrived]);
            expect(l.removed[t]).toBe(counts[PersonStatus.removed]);
            const sum = l.atLocation[t] + l.onLink[t] + l.inTransfer[t] + l.inDetention[t] + l.arrived[t] + l.removed[t];
            expect(sum).toBe(agents.count);
            for (const v of sim.state.locations.agents) expect(v).toBeGreaterThanOrEqual(0);
            for (let e = 0; e < sim.state.network.linkCount; e++) expect(sim.state.network.linkAgents[e]).toBeGreaterThanOrEqual(0);
          }
          const record = sim.record();
          const ledger = record.ledger!;
          let perPerson = 0;
          for (let a = 0; a < agents.count; a++) perPerson += b.persons.detections[a];
          expect(ledger.summary.overall.detections).toBe(perPerson);
          expect(ledger.events.person.length).toBe(perPerson);
          const perCrossing = ledger.summary.crossings.reduce((s, c) => s + c.detections, 0);
          expect(perCrossing).toBe(perPerson);
          for (const arr of [ledger.attempts, ledger.detections, ledger.crossed]) for (const v of arr) expect(v).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 60, seed: 20261129 },
    );
  });
});

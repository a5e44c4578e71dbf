/**
 * The per-crossing final states of the ledger (docs/ODD.md 11.7): known answers on small graphs
 * where people cross one border and give up at the next, or leave one crossing for another and give
 * up there; and, over random small scenarios, the six states of every crossing add up to its
 * persons_attempted and agree with the overall counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersonStatus } from '../../src/engine/border/personStatus.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import type { CrossingSummary } from '../../src/recorders/types.js';
import { arrivalsCsv, corridorYml, linksCsv, locationsCsv, writeCorridorFolder } from '../helpers/corridorFolder.js';
import { corridorSimulation, runCorridor } from '../helpers/corridorRun.js';

const ALWAYS_MOVE = `movement:
  move_chance: { entry: 1, transit: 1, reception: 1, informal: 1 }
`;
const NONE = { crossed: 0, gave_up: 0, moved_on: 0, still_trying: 0, removed: 0, held: 0 };

function crossing(crossings: readonly CrossingSummary[], name: string): CrossingSummary {
  const c = crossings.find((x) => x.crossing === name);
  if (c === undefined) throw new Error(`no crossing ${name}`);
  return c;
}

describe('per-crossing final states: known answers', () => {
  it('people cross A -> B (apprehension 0) and give up at B -> Goal (apprehension 1, give up after K = 3)', () => {
    const N = 120;
    const locations = locationsCsv(
      'Entry,RS,entry,42.3,21.6,,,assumption',
      'A,RS,transit,45.0,20.0,,,assumption',
      'B,HU,transit,46.0,20.0,,,assumption',
      'Goal,AT,destination,47.0,20.0,,,assumption',
    );
    const links = linksCsv('Entry,A,10,road,assumption', 'A,B,5,border,assumption', 'B,Goal,5,border,assumption');
    const yml = corridorYml(`${ALWAYS_MOVE}crossings:
  - { from: A, to: B, apprehension: 0, policy: push-back, wait_days: 1 }
  - { from: B, to: Goal, apprehension: 1, policy: push-back, wait_days: 1, max_failures: 3, give_up: 1 }
`);
    const s = runCorridor(writeCorridorFolder({ yml, locations, links, arrivals: arrivalsCsv(N) })).ledger!.summary;
    const ab = crossing(s.crossings, 'A -> B');
    const bGoal = crossing(s.crossings, 'B -> Goal');
    expect(ab.persons_attempted).toBe(N);
    expect(bGoal.persons_attempted).toBe(N);
    expect(bGoal.attempts).toBe(3 * N);
    // Everyone crossed the first border and gave up at the second: once each overall.
    expect(s.overall.gave_up).toBe(bGoal.persons_attempted);
    expect(s.overall.still_trying).toBe(0);
    expect(ab.final_states).toEqual({ ...NONE, crossed: N });
    expect(bGoal.final_states).toEqual({ ...NONE, gave_up: N });
    expect(ab.gave_up).toBe(0);
    expect(bGoal.gave_up).toBe(N);
  });

  it('people who leave a crossing for another and give up there gave up at the second one only', () => {
    const N = 150;
    const locations = locationsCsv(
      'Entry,RS,entry,42.3,21.6,,,assumption',
      'Border,RS,transit,46.1,19.9,,,assumption',
      'Goal,HU,destination,46.2,20.0,,,assumption',
      'West,RS,transit,45.1,19.2,,,assumption',
      'Goal2,HR,destination,45.2,19.1,,,assumption',
    );
    const links = linksCsv('Entry,Border,10,road,assumption', 'Border,Goal,5,border,assumption', 'Entry,West,12,road,assumption', 'West,Goal2,5,border,assumption');
    // Border -> Goal: after two failures everyone avoids it for good; West -> Goal2: after two failures everyone gives up.
    const yml = corridorYml(`${ALWAYS_MOVE}crossings:
  - { from: Border, to: Goal, apprehension: 1, policy: internal-return, return_to: Entry, transfer_days: 1, wait_days: 1, max_failures: 2, give_up: 0, avoid_factor: 0 }
  - { from: West, to: Goal2, apprehension: 1, policy: push-back, wait_days: 1, max_failures: 2, give_up: 1 }
`);
    const s = runCorridor(writeCorridorFolder({ yml, locations, links, arrivals: arrivalsCsv(N) })).ledger!.summary;
    const border = crossing(s.crossings, 'Border -> Goal');
    const west = crossing(s.crossings, 'West -> Goal2');
    expect(border.persons_attempted).toBeGreaterThan(0);
    expect(west.persons_attempted).toBe(N);
    // Those who tried Border -> Goal first gave up at West -> Goal2, not at Border -> Goal.
    expect(border.gave_up).toBe(0);
    expect(west.gave_up).toBe(N);
    expect(border.final_states).toEqual({ ...NONE, moved_on: border.persons_attempted });
    expect(west.final_states).toEqual({ ...NONE, gave_up: N });
    expect(s.overall.gave_up).toBe(N);
  });
});

const LOCATIONS = locationsCsv(
  'Entry,RS,entry,42.3,21.6,,,assumption',
  'South,RS,reception,42.2,21.6,30,Camp,assumption',
  'Camp,RS,informal,42.25,21.6,,,assumption',
  'North,RS,transit,46.0,19.8,,,assumption',
  'Mid,HU,transit,46.5,19.9,,,assumption',
  'West,RS,transit,45.1,19.2,,,assumption',
  'Goal,AT,destination,47.0,20.0,,,assumption',
);
const LINKS = linksCsv(
  'Entry,South,15,road,assumption',
  'Entry,North,300,road,assumption',
  'North,Mid,10,border,assumption',
  'Mid,Goal,200,border,assumption',
  'Entry,West,280,road,assumption',
  'West,Goal,240,border,assumption',
);
const CROSSINGS = ['North -> Mid', 'Mid -> Goal', 'West -> Goal'];

const policyArb = fc.record({
  apprehension: fc.constantFrom(0, 0.3, 0.6, 0.9, 1),
  policy: fc.constantFrom('internal-return', 'push-back', 'deportation', 'detention', 'registration'),
  then: fc.constantFrom('internal-return', 'push-back', 'deportation', 'registration'),
  wait: fc.integer({ min: 0, max: 3 }),
  maxFailures: fc.integer({ min: 0, max: 3 }),
  giveUp: fc.constantFrom(0, 0.5, 1),
  avoid: fc.constantFrom(0, 0.5, 1),
});
type Policy = typeof policyArb extends fc.Arbitrary<infer T> ? T : never;

function crossingLine(name: string, p: Policy): string {
  const [from, to] = name.split(' -> ');
  return `  - { from: ${from}, to: ${to}, apprehension: ${p.apprehension}, policy: ${p.policy}, return_to: South, place: ${to}, then: ${p.then}, transfer_days: 2, detention_days: 3, wait_days: ${p.wait}, max_failures: ${p.maxFailures}, give_up: ${p.giveUp}, avoid_factor: ${p.avoid} }`;
}

describe('per-crossing final states over random small scenarios', () => {
  it('add up to persons_attempted for every crossing and agree with the overall counts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(policyArb, { minLength: 3, maxLength: 3 }), fc.integer({ min: 1, max: 1000 }), async (policies, seed) => {
        await new Promise((resolve) => setImmediate(resolve));
        const yml = corridorYml(
          `movement:
  move_chance: { entry: 0.8, transit: 0.7, reception: 0.5, informal: 0.6 }
  max_move_speed: 400
reception:
  stay_days: 2
crossings:
${policies.map((p, k) => crossingLine(CROSSINGS[k], p)).join('\n')}
`,
          30,
        );
        const dir = writeCorridorFolder({ yml, locations: LOCATIONS, links: LINKS, arrivals: arrivalsCsv(150, '2023-01-01', '2023-01-10') });
        const sim = corridorSimulation(readCorridorScenario(dir), seed);
        while (sim.step());
        const s = sim.record().ledger!.summary;
        const p = sim.state.border!.persons;
        let gaveUp = 0;
        let active = 0;
        for (let a = 0; a < sim.state.agents.count; a++) {
          if (p.attempts[a] === 0) continue;
          if (p.status[a] === PersonStatus.gaveUp) gaveUp++;
          if (p.status[a] === PersonStatus.active) active++;
        }
        expect(s.overall.gave_up).toBe(gaveUp);
        expect(s.overall.still_trying).toBeLessThanOrEqual(active);
        const sum = { ...NONE };
        for (const c of s.crossings) {
          const f = c.final_states;
          expect(f.crossed + f.gave_up + f.moved_on + f.still_trying + f.removed + f.held).toBe(c.persons_attempted);
          expect(f.crossed).toBe(c.attempts_until_success.persons);
          expect([c.gave_up, c.still_trying]).toEqual([f.gave_up, f.still_trying]);
          for (const k of Object.keys(sum) as (keyof typeof NONE)[]) sum[k] += f[k];
        }
        // A person is in a state other than crossed or moved on at most at one crossing: their last.
        expect(sum.gave_up).toBeLessThanOrEqual(s.overall.gave_up);
        expect(sum.still_trying).toBeLessThanOrEqual(s.overall.still_trying);
        expect(sum.removed).toBeLessThanOrEqual(s.removed);
        expect(sum.held).toBeLessThanOrEqual(s.in_transfer + s.in_detention);
      }),
      { numRuns: 12, seed: 20261208 },
    );
  });
});

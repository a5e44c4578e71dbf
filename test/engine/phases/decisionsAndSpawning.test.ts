/**
 * The day's leave probabilities and decisions (decideMoves.ts, moveDecision.ts) and spawning
 * (spawnAgents.ts), each on a hand-built state.
 */
import { describe, expect, it } from 'vitest';
import { decideMoves, effectiveMoveChance, leaveDelay } from '../../../src/engine/phases/decideMoves.js';
import { leaveChance } from '../../../src/engine/phases/moveDecision.js';
import { createAt, spawnAgents } from '../../../src/engine/phases/spawnAgents.js';
import { at, fleeState } from '../../helpers/handBuiltState.js';

const PLACES = [
  { name: 'A', kind: 'town' as const, value: 1000 },
  { name: 'B', kind: 'town' as const, value: 10 },
  { name: 'C', kind: 'camp' as const, value: 1000 },
];
const ROUTES: [string, string, number][] = [
  ['A', 'B', 10],
  ['B', 'C', 10],
];

describe('leaveDelay', () => {
  it('is 0 exactly when the day-0 draw succeeds, never for a move chance of 0, and grows as the chance falls', () => {
    expect(leaveDelay(0.29, 0.3)).toBe(0);
    expect(leaveDelay(0.3, 0.3)).toBeGreaterThan(0);
    expect(leaveDelay(0.5, 0)).toBe(0x3fffffff);
    expect(leaveDelay(0.9, 0.01)).toBeGreaterThan(leaveDelay(0.9, 0.1));
  });
});

describe('effectiveMoveChance', () => {
  it('copies the move chances and forgets the drawn leave day of agents where the chance changed', () => {
    const s = fleeState({ locations: PLACES, routes: ROUTES }, 'move_rules:\n  default_movechance: 0.25\n');
    createAt(s, at(s, 'A'), 3, 0);
    createAt(s, at(s, 'C'), 2, 0);
    const out = new Float64Array(3);
    effectiveMoveChance(s, out);
    expect(out[at(s, 'A')]).toBe(0.25);
    s.agents.nextLeaveDay.fill(7, 0, 5);
    effectiveMoveChance(s, out); // nothing changed
    expect(Array.from(s.agents.nextLeaveDay.subarray(0, 5))).toEqual([7, 7, 7, 7, 7]);
    s.locations.moveChance[at(s, 'A')] = 0.5;
    effectiveMoveChance(s, out);
    expect(Array.from(s.agents.nextLeaveDay.subarray(0, 5))).toEqual([-1, -1, -1, 7, 7]);
  });
});

describe('decideMoves', () => {
  it('sends every agent of a place with move chance 1 onto a link, and no agent of a place with move chance 0', () => {
    const s = fleeState({ locations: PLACES, routes: ROUTES }, 'move_rules:\n  default_movechance: 1\n  camp_movechance: 0\n');
    createAt(s, at(s, 'A'), 20, 0);
    createAt(s, at(s, 'C'), 5, 0);
    const moveChance = new Float64Array(3);
    effectiveMoveChance(s, moveChance);
    decideMoves(s, 0, moveChance, s.rng);
    expect(s.locations.agents[at(s, 'A')]).toBe(0);
    expect(s.locations.agents[at(s, 'C')]).toBe(5);
    for (let a = 0; a < 20; a++) expect(s.agents.link[a]).toBeGreaterThanOrEqual(0);
    for (let a = 20; a < 25; a++) expect(s.agents.link[a]).toBe(-1);
  });

  it('draws the same decisions for the same seed and different ones for another', () => {
    const decided = (seed: number): number[] => {
      const s = fleeState({ locations: PLACES, routes: ROUTES }, 'move_rules:\n  default_movechance: 0.5\n', seed);
      createAt(s, at(s, 'A'), 64, 0);
      const moveChance = new Float64Array(3);
      effectiveMoveChance(s, moveChance);
      decideMoves(s, 0, moveChance, s.rng);
      return Array.from(s.agents.link.subarray(0, 64), (e) => (e >= 0 ? 1 : 0));
    };
    expect(decided(5)).toEqual(decided(5));
    expect(decided(5)).not.toEqual(decided(6));
  });
});

describe('leaveChance', () => {
  it('is 1 for an agent with a route and the place’s chance otherwise', () => {
    const s = fleeState({ locations: PLACES, routes: ROUTES });
    createAt(s, at(s, 'B'), 1, 0);
    const moveChance = Float64Array.of(0.1, 0.2, 0.3);
    expect(leaveChance(s, 0, false, moveChance)).toBe(0.2);
    s.agents.routePath[0] = 0;
    expect(leaveChance(s, 0, false, moveChance)).toBe(1);
  });
});

describe('spawnAgents', () => {
  it('creates the increase of the observed total at conflict zones, in proportion to their spawn weights', () => {
    const s = fleeState({
      locations: [
        { name: 'A', kind: 'conflict_zone', value: 1000 },
        { name: 'B', kind: 'town', value: 10 },
        { name: 'C', kind: 'camp', value: 1000 },
      ],
      routes: ROUTES,
      conflicts: { A: 1 },
      series: [
        ['total', [[0, 0], [1, 40]]],
        ['C', [[0, 0], [1, 40]]],
      ],
    });
    s.spawnWeights.set([1, 0, 0]);
    spawnAgents(s, 1, s.rng);
    expect(s.agents.count).toBe(40);
    expect(s.locations.agents[0]).toBe(40);
    expect(s.rawCount).toBe(40);
  });
});

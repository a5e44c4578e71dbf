/**
 * The Flee phases that set up a day, each on a hand-built state: conflicts switched on and off
 * (updateConflicts), spawn weights (refreshSpawnWeights), closures (applyClosures) and location
 * scores with capacity growth (updateScores).
 */
import { describe, expect, it } from 'vitest';
import { LocationFlag } from '../../../src/engine/locationState.js';
import { applyClosures } from '../../../src/engine/phases/applyClosures.js';
import { refreshSpawnWeights } from '../../../src/engine/phases/refreshSpawnWeights.js';
import { updateConflicts } from '../../../src/engine/phases/updateConflicts.js';
import { updateScores } from '../../../src/engine/phases/updateScores.js';
import { at, fleeState } from '../../helpers/handBuiltState.js';

const PLACES = [
  { name: 'A', kind: 'town' as const, value: 1000 },
  { name: 'B', kind: 'town' as const, value: 400, country: 'Home' },
  { name: 'C', kind: 'camp' as const, value: 100, country: 'Abroad', attributes: { capacity_per_day: '5' } },
];
const ROUTES: [string, string, number][] = [
  ['A', 'B', 10],
  ['B', 'C', 10],
];

describe('updateConflicts', () => {
  it('starts a conflict on the day its intensity rises above zero and ends it when it falls back', () => {
    const s = fleeState({ locations: PLACES, routes: ROUTES, conflicts: { A: (t) => (t >= 2 && t < 4 ? 2 : 0) } }, 'move_rules:\n  conflict_movechance: 0.7\n  default_movechance: 0.2\n');
    const a = at(s, 'A');
    updateConflicts(s, 1);
    expect(s.locations.conflict[a]).toBeLessThanOrEqual(0);
    updateConflicts(s, 2);
    expect(s.locations.conflict[a]).toBe(2);
    expect(s.locations.moveChance[a]).toBe(0.7);
    expect(s.locations.timeOfConflict[a]).toBe(2);
    expect(s.locations.flags[a] & LocationFlag.town).toBe(0);
    updateConflicts(s, 4);
    expect(s.locations.conflict[a]).toBe(-1);
    expect(s.locations.moveChance[a]).toBe(0.2);
    expect(s.locations.flags[a] & LocationFlag.town).not.toBe(0);
  });
});

describe('refreshSpawnWeights', () => {
  it('weighs conflict zones by population times intensity, and every other place by 0', () => {
    const s = fleeState({ locations: PLACES, routes: ROUTES, conflicts: { A: 3 } });
    updateConflicts(s, 0);
    refreshSpawnWeights(s, 0);
    expect(Array.from(s.spawnWeights)).toEqual([1000 * 3, 0, 0]);
    expect(s.spawnTimeRef).toBe(0);
  });
});

describe('applyClosures', () => {
  it('closes the links between two countries on the start day and reopens them on the end day', () => {
    const s = fleeState({ locations: PLACES, routes: ROUTES, closures: [{ type: 'country', name1: 'Home', name2: 'Abroad', startDay: 1, endDay: 3 }] });
    const net = s.network;
    const open = (from: string, to: string): number => net.active[at(s, from)].filter((e) => net.linkTo[e] === at(s, to) && net.linkClosed[e] === 0).length;
    applyClosures(s, 0);
    expect([open('B', 'C'), open('C', 'B'), open('A', 'B')]).toEqual([1, 1, 1]);
    const version = net.version;
    applyClosures(s, 1);
    expect([open('B', 'C'), open('C', 'B'), open('A', 'B')]).toEqual([0, 0, 1]);
    expect(net.version).toBeGreaterThan(version);
    applyClosures(s, 3);
    expect([open('B', 'C'), open('C', 'B'), open('A', 'B')]).toEqual([1, 1, 1]);
  });
});

describe('updateScores', () => {
  it('multiplies foreign and camp weights into the score and grows capacity by capacity_per_day', () => {
    const s = fleeState({ locations: PLACES, routes: ROUTES }, 'move_rules:\n  foreign_weight: 3\n  camp_weight: 2\n');
    const c = at(s, 'C');
    const before = s.locations.capacity[c];
    updateScores(s, 0);
    expect(s.locations.score[c]).toBe(6);
    expect(s.locations.score[at(s, 'B')]).toBe(1);
    expect(s.locations.capacity[c]).toBe(before + 5);
  });
});

/**
 * The models' declarations (src/engine/models/) and the day loop that runs them: Flee's and the
 * corridor's phases in order, the corridor's step rules over its border layout, observers called
 * after each day's phases.
 */
import { describe, expect, it } from 'vitest';
import type { DayObserver } from '../../src/engine/dayPhase.js';
import { CORRIDOR_DAY, CorridorStepRules, corridorMoveChance, plannedArrivals } from '../../src/engine/models/corridorModel.js';
import { FLEE_DAY, fleeModel } from '../../src/engine/models/fleeModel.js';
import { createSimulation } from '../../src/engine/simulation.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import { arrivalsCsv, corridorYml } from '../helpers/corridorFolder.js';
import { at, corridorState, fleeState } from '../helpers/handBuiltState.js';
import { buildScenario } from '../helpers/scenarioBuilder.js';

const FLEE_SPEC = {
  locations: [
    { name: 'A', kind: 'conflict_zone' as const, value: 1000 },
    { name: 'C', kind: 'camp' as const, value: 1000 },
  ],
  routes: [['A', 'C', 10]] as [string, string, number][],
  conflicts: { A: 1 },
};

describe('declared days', () => {
  it("Flee's day: conflicts, spawning, closures, then movement, spawn weights refreshed around the closures", () => {
    expect(FLEE_DAY.map((p) => p.name)).toEqual([
      'updateConflicts',
      'spawnAgents',
      'refreshSpawnWeights',
      'applyClosures',
      'refreshRoutes',
      'refreshSpawnWeights',
      'updateScores',
      'effectiveMoveChance',
      'decideMoves',
      'travel',
    ]);
  });

  it("the corridor's day: policy events, arrivals, releases, then the same movement phases", () => {
    expect(CORRIDOR_DAY.map((p) => p.name)).toEqual(['applyPolicyEvents', 'arriveEntrants', 'releaseHeld', 'refreshRoutes', 'updateScores', 'effectiveMoveChance', 'decideMoves', 'travel']);
    // The very same movement phase objects as Flee's.
    expect(CORRIDOR_DAY.slice(3).every((p, i) => p === [FLEE_DAY[4], ...FLEE_DAY.slice(6)][i])).toBe(true);
  });

  it('Flee declares no step rules; a corridor run reads its rules from the border layout', () => {
    const s = fleeState(FLEE_SPEC);
    expect(fleeModel(s.network, s.locations, s.settings.move_rules, s.pool).stepRules).toBeUndefined();
    expect(s.stepRules).toBeUndefined();
    const c = corridorState({ yml: corridorYml('crossings:\n  - { from: Border, to: Goal, apprehension: 0 }\n') });
    expect(c.stepRules).toBeInstanceOf(CorridorStepRules);
    const rules = c.stepRules!;
    expect(rules.departureAt[at(c, 'Border')]).toBe(1);
    expect(rules.departureAt[at(c, 'Entry')]).toBe(0);
    expect(rules.arrivalAt[at(c, 'Goal')]).toBe(1);
    expect(rules.arrivalAt[at(c, 'Border')]).toBe(0);
  });
});

describe('corridor set-up', () => {
  it('sets move chances by location kind (destinations 0) when the location state is built', () => {
    const c = corridorState({ yml: corridorYml('movement:\n  move_chance: { entry: 0.9, transit: 0.4, reception: 0.2, informal: 0.5 }\n') });
    expect(c.locations.moveChance[at(c, 'Entry')]).toBe(0.9);
    expect(c.locations.moveChance[at(c, 'Border')]).toBe(0.4);
    expect(c.locations.moveChance[at(c, 'South')]).toBe(0.2);
    expect(c.locations.moveChance[at(c, 'Goal')]).toBe(0);
    const spec = c.border!.spec;
    expect(Array.from({ length: 4 }, (_, l) => corridorMoveChance(spec)(l))).toEqual(Array.from(c.locations.moveChance));
  });

  it('plans the arrivals of the run: the scaled series, rounded up, plus one per entry', () => {
    const c = corridorState({ yml: corridorYml('arrivals:\n  scale: 0.5\n', 10), arrivals: arrivalsCsv(9, '2023-01-01', '2023-01-03') });
    expect(plannedArrivals(c.border!.spec, 10)).toBe(Math.ceil(9 * 0.5) + 1);
  });
});

describe('the day loop', () => {
  it('runs every declared phase, then the observers in order, once per day and never past the last day', () => {
    const seen: string[] = [];
    const observer = (name: string): DayObserver => ({ record: (s, day) => void seen.push(`${name} ${day} ${s.day}`) });
    const sim = createSimulation(buildScenario({ ...FLEE_SPEC, days: 3 }), parseSettingsText('', 'test.yml'), { seed: 1 }, () => [observer('first'), observer('second')]);
    sim.run();
    expect(seen).toEqual(['first 0 0', 'second 0 0', 'first 1 1', 'second 1 1', 'first 2 2', 'second 2 2']);
    expect(sim.step()).toBe(false);
    expect(sim.state.day).toBe(3);
  });
});

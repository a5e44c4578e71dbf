/**
 * The decision and travel phases call a model's step rules, and only where the rules' location
 * flags say so: departures turned back, arrivals that end the day, a leg's speed. Hand-built Flee
 * states (A -10 km- B -10 km- C), agents placed at A, every town always leaving.
 */
import { describe, expect, it } from 'vitest';
import { decideMoves, effectiveMoveChance } from '../../../src/engine/phases/decideMoves.js';
import { createAt } from '../../../src/engine/phases/spawnAgents.js';
import { travel } from '../../../src/engine/phases/travel.js';
import type { SimulationState } from '../../../src/engine/state.js';
import type { StepRules } from '../../../src/engine/state.js';
import { at, fleeState } from '../../helpers/handBuiltState.js';

/** Ten agents at A; `rules` as the model's step rules. */
function withRules(rules: StepRules | undefined): SimulationState {
  const base = fleeState(
    {
      locations: [
        { name: 'A', kind: 'town', value: 1000 },
        { name: 'B', kind: 'town', value: 10 },
        { name: 'C', kind: 'camp', value: 1000 },
      ],
      routes: [
        ['A', 'B', 10],
        ['B', 'C', 10],
      ],
    },
    'move_rules:\n  default_movechance: 1\n  camp_movechance: 0\n  max_move_speed: 200\n',
  );
  const s: SimulationState = { ...base, stepRules: rules };
  createAt(s, at(s, 'A'), 10, 0);
  return s;
}

/** Decisions and travel of day 0. */
function runDay(s: SimulationState): void {
  const moveChance = new Float64Array(s.locations.count);
  effectiveMoveChance(s, moveChance);
  decideMoves(s, 0, moveChance, s.rng);
  travel(s, 0, moveChance, s.rng);
}

/** Step rules that count their calls; departures and arrivals flagged where given. */
function recording(departAt: number[], arriveAt: number[], overrides: Partial<StepRules> = {}): StepRules & { calls: string[] } {
  const calls: string[] = [];
  const rules = {
    departureAt: Uint8Array.from([0, 1, 2], (l) => (departAt.includes(l) ? 1 : 0)),
    arrivalAt: Uint8Array.from([0, 1, 2], (l) => (arriveAt.includes(l) ? 1 : 0)),
    onDeparture: (_s: SimulationState, _a: number, l: number, link: number) => {
      calls.push(`depart ${l}`);
      return link;
    },
    onArrival: (_s: SimulationState, _a: number, l: number) => {
      calls.push(`arrive ${l}`);
      return false;
    },
    legSpeed: (_a: number, speed: number) => speed,
    onLegEnd: () => undefined,
    ...overrides,
  };
  return Object.assign(rules, { calls });
}

describe('step rules in the decision and travel phases', () => {
  it('without rules, every agent chains both legs to the camp in one day', () => {
    const s = withRules(undefined);
    runDay(s);
    expect(s.locations.agents[at(s, 'C')]).toBe(10);
  });

  it('a departure rule returning -1 keeps the agent where it is, off every link', () => {
    const rules = recording([0], [], { onDeparture: () => -1 });
    const s = withRules(rules);
    runDay(s);
    expect(s.locations.agents[at(s, 'A')]).toBe(10);
    expect(Array.from(s.network.linkEntries).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('rules are called only at flagged locations', () => {
    const rules = recording([1], [2]);
    const s = withRules(rules);
    runDay(s);
    expect(s.locations.agents[at(s, 'C')]).toBe(10);
    const net = s.network;
    let fromB = 0;
    for (let e = 0; e < net.linkCount; e++) if (net.linkFrom[e] === at(s, 'B')) fromB += net.linkEntries[e];
    expect(fromB).toBeGreaterThanOrEqual(10);
    expect(rules.calls.filter((c) => c === 'depart 1')).toHaveLength(fromB);
    expect(rules.calls.filter((c) => c === 'arrive 2')).toHaveLength(10);
    expect(rules.calls.some((c) => c === 'depart 0' || c === 'arrive 1')).toBe(false);
  });

  it('an arrival rule returning true ends the day there, with km left', () => {
    const rules = recording([], [1], { onArrival: () => true });
    const s = withRules(rules);
    runDay(s);
    expect(s.locations.agents[at(s, 'B')]).toBe(10);
    expect(s.locations.agents[at(s, 'C')]).toBe(0);
  });

  it('the leg speed rule sets the km of the day: at 5 km/day the agents are still on the first link', () => {
    let legEnds = 0;
    const rules = recording([], [], { legSpeed: () => 5, onLegEnd: () => void legEnds++ });
    const s = withRules(rules);
    runDay(s);
    expect(s.agents.link.subarray(0, 10).every((e) => e >= 0)).toBe(true);
    expect(Array.from(s.agents.distanceOnLink.subarray(0, 10))).toEqual(new Array(10).fill(5));
    expect(legEnds).toBe(0);
  });
});

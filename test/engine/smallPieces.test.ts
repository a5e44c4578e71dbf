/**
 * Small engine pieces on their own: the route refresh phase, the census, the observed inputs of a
 * run, the debt rule of spawning, Poisson draws, agent lists and a smuggler's price.
 */
import { describe, expect, it } from 'vitest';
import { append, createAgentList } from '../../src/engine/agentList.js';
import { becomeClient } from '../../src/engine/border/smuggling.js';
import { takeCensus } from '../../src/engine/census.js';
import { refreshRoutes } from '../../src/engine/models/movementPhases.js';
import { closeLink } from '../../src/engine/network.js';
import { observedInputs } from '../../src/engine/observedInputs.js';
import { createAt } from '../../src/engine/phases/spawnAgents.js';
import { poisson } from '../../src/engine/poisson.js';
import { CounterRandom } from '../../src/engine/random.js';
import { spawnAfterDebt } from '../../src/engine/spawnCounts.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import { corridorYml } from '../helpers/corridorFolder.js';
import { at, corridorState, fleeContext, fleeState } from '../helpers/handBuiltState.js';
import { buildScenario } from '../helpers/scenarioBuilder.js';

const SPEC = {
  locations: [
    { name: 'A', kind: 'town' as const, value: 1000 },
    { name: 'B', kind: 'town' as const, value: 10 },
    { name: 'C', kind: 'camp' as const, value: 1000 },
  ],
  routes: [
    ['A', 'B', 10],
    ['B', 'C', 10],
  ] as [string, string, number][],
};

describe('refreshRoutes', () => {
  it('keeps the route tables while the network is unchanged and rebuilds them once a link closed', () => {
    const s = fleeState(SPEC);
    const context = fleeContext(s);
    const tables = s.routes;
    refreshRoutes.run(s, context, 0);
    expect(s.routes).toBe(tables);
    closeLink(s.network, at(s, 'B'), at(s, 'C'));
    refreshRoutes.run(s, context, 1);
    expect(s.routes).not.toBe(tables);
    expect(s.routes.candidates.version).toBe(s.network.version);
    const c = s.routes.candidates;
    for (let k = c.candStart[at(s, 'B')]; k < c.candStart[at(s, 'B') + 1]; k++) expect(s.network.linkTo[c.firstLink[k]]).not.toBe(at(s, 'C'));
  });
});

describe('takeCensus', () => {
  it('copies the live counts of a run on one thread and returns the pending figure unchanged', () => {
    const s = fleeState(SPEC);
    createAt(s, at(s, 'B'), 4, 0);
    expect(s.locations.census[at(s, 'B')]).toBe(0);
    expect(takeCensus(s, 7)).toBe(7);
    expect(Array.from(s.locations.census)).toEqual(Array.from(s.locations.agents));
  });
});

describe('observedInputs', () => {
  it('gives each camp its series, and each location with a series its day-0 value', () => {
    const scenario = buildScenario({ ...SPEC, days: 4, series: [['total', [[0, 5], [3, 20]]], ['C', [[0, 2], [2, 8]]]] });
    const s = fleeState({ ...SPEC, days: 4, series: [['total', [[0, 5], [3, 20]]], ['C', [[0, 2], [2, 8]]]] });
    const { observed, camps, day0 } = observedInputs(scenario, parseSettingsText('', 'test.yml'), s.locations, 4);
    expect(Array.from(camps)).toEqual([at(s, 'C')]);
    expect(Array.from(observed.campSeries)).toEqual([1]);
    expect(Array.from(observed.daily[1])).toEqual([2, 5, 8, 8]);
    expect(Array.from(day0)).toEqual([0, 0, 2]);
  });
});

describe('spawnAfterDebt', () => {
  it('pays a debt off before creating agents, and carries a shortfall as debt', () => {
    const rules = parseSettingsText('', 'test.yml').spawn_rules;
    expect(spawnAfterDebt(10, 4, 3, rules)).toEqual({ fresh: 6, debt: 0 });
    expect(spawnAfterDebt(-5, 2, 3, rules)).toEqual({ fresh: 0, debt: 7 });
  });
});

describe('poisson', () => {
  it('has the mean of its parameter for small and large means (within 5 standard errors)', () => {
    const rng = new CounterRandom(9);
    rng.reset(0, 0, 0);
    for (const lambda of [3, 40]) {
      let sum = 0;
      for (let k = 0; k < 2000; k++) sum += poisson(rng, lambda);
      expect(Math.abs(sum / 2000 - lambda)).toBeLessThan(5 * Math.sqrt(lambda / 2000));
    }
    expect(poisson(rng, 0)).toBe(0);
  });
});

describe('agent lists', () => {
  it('keep ids in insertion order past their first allocation', () => {
    const list = createAgentList();
    for (let a = 0; a < 3000; a++) append(list, 3000 - a);
    expect(list.length).toBe(3000);
    expect([list.ids[0], list.ids[1024], list.ids[2999]]).toEqual([3000, 1976, 1]);
  });
});

describe('smuggling uptake', () => {
  it('falls with the price: above the reference price only some persons become clients', () => {
    const s = corridorState({
      yml: corridorYml('smuggling:\n  - { location: Entry, capacity_per_day: 100, price: 4000, reference_price: 1000, uptake: 1, price_elasticity: 1 }\n'),
    });
    const b = s.border!;
    createAt(s, at(s, 'Entry'), 4, 0);
    // Uptake 1 × (1000 / 4000)^1 = 0.25: a uniform below it makes a client, one above does not.
    becomeClient(b, 0, 0, 0, 0.2);
    becomeClient(b, 1, 0, 0, 0.3);
    expect([b.persons.clientService[0], b.persons.clientService[1]]).toEqual([0, -1]);
    expect(b.policy.services[0].used).toBe(1);
  });
});

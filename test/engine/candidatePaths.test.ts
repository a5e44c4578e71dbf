import { describe, expect, it } from 'vitest';
import { buildCandidateTable, createPathPool } from '../../src/engine/candidatePaths.js';
import { createLocationState } from '../../src/engine/locationState.js';
import { createNetwork } from '../../src/engine/network.js';
import { beginPhase, chooseRoute, createRouteTables } from '../../src/engine/routeChoice.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import { buildScenario } from '../helpers/scenarioBuilder.js';

// The worked example of flee-model.md §7.4: A-B 100, B-M(marker) 50, M-C(camp) 50, A-C 400, C-D 30.
function example(withD: boolean) {
  const scenario = buildScenario({
    locations: [
      { name: 'A', kind: 'conflict_zone', value: 1000 },
      { name: 'B', kind: 'town' },
      { name: 'M', kind: 'marker' },
      { name: 'C', kind: 'camp' },
      { name: 'D', kind: 'town' },
    ],
    routes: [
      ['A', 'B', 100],
      ['B', 'M', 50],
      ['M', 'C', 50],
      ['A', 'C', 400],
      ...(withD ? ([['C', 'D', 30]] as [string, string, number][]) : []),
    ],
  });
  return scenario;
}

function candidatesFromA(withD: boolean, awareness: number) {
  const scenario = example(withD);
  const settings = parseSettingsText(`move_rules:\n  awareness_level: ${awareness}\n`, 'test.yml');
  const locations = createLocationState(scenario.locations, settings.move_rules, 1);
  const net = createNetwork(locations.count, scenario.routes);
  const pool = createPathPool();
  const table = buildCandidateTable(net, locations, awareness, pool);
  const names = locations.names;
  const list: { route: string; weight: number }[] = [];
  const routes = createRouteTables(table, locations, settings.move_rules);
  beginPhase(routes, locations, settings.move_rules);
  for (let k = table.candStart[0]; k < table.candStart[1]; k++) {
    const p = table.path[k];
    const nodes = Array.from(pool.nodes.subarray(pool.start[p], pool.start[p] + pool.length[p]), (i) => names[i]);
    list.push({ route: nodes.join(','), weight: routes.endpointValue[table.end[k]] * routes.distanceFactor[k] });
  }
  return { list, routes, settings, pool, names, table };
}

describe('candidate paths and weights (flee-model.md §7.3-7.4 worked example)', () => {
  it('awareness 1: the two direct neighbours, weighted 1/(10+L)', () => {
    const { list } = candidatesFromA(false, 1);
    expect(list.map((c) => c.route)).toEqual(['B', 'C']);
    expect(list[0].weight).toBeCloseTo(1 / 110, 12);
    expect(list[1].weight).toBeCloseTo(1 / 410, 12);
  });

  it('awareness 2: paths through the marker are added, the marker does not count as a hop', () => {
    const { list } = candidatesFromA(false, 2);
    expect(list.map((c) => c.route).sort()).toEqual(['B', 'B,M,C', 'C', 'C,M,B'].sort());
    const byRoute = Object.fromEntries(list.map((c) => [c.route, c.weight]));
    expect(byRoute['B,M,C']).toBeCloseTo(1 / 210, 12);
    expect(byRoute['C,M,B']).toBeCloseTo(1 / 510, 12);
  });

  it('with C-D: awareness 2 adds [C,D]; 3 adds [B,M,C,D]; 5 equals 3', () => {
    const two = candidatesFromA(true, 2).list.map((c) => c.route).sort();
    expect(two).toEqual(['B', 'B,M,C', 'C', 'C,D', 'C,M,B'].sort());
    const three = candidatesFromA(true, 3).list;
    expect(three.map((c) => c.route).sort()).toEqual(['B', 'B,M,C', 'B,M,C,D', 'C', 'C,D', 'C,M,B'].sort());
    expect(Object.fromEntries(three.map((c) => [c.route, c.weight]))['B,M,C,D']).toBeCloseTo(1 / 240, 12);
    const five = candidatesFromA(true, 5).list.map((c) => c.route).sort();
    expect(five).toEqual(three.map((c) => c.route).sort());
  });

  it('chooseRoute samples candidates in proportion to their weights', () => {
    const { routes, settings, pool, names, table } = candidatesFromA(true, 2);
    const counts = new Map<string, number>();
    const draws = 20000;
    for (let i = 0; i < draws; i++) {
      const p = table.path[chooseRoute(routes, 0, (i + 0.5) / draws, settings.move_rules)];
      const key = Array.from(pool.nodes.subarray(pool.start[p], pool.start[p] + pool.length[p]), (k) => names[k]).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const w = { B: 1 / 110, 'B,M,C': 1 / 210, C: 1 / 410, 'C,M,B': 1 / 510, 'C,D': 1 / 440 };
    const total = Object.values(w).reduce((a, b) => a + b, 0);
    for (const [route, weight] of Object.entries(w)) {
      // Stratified (deterministic) draws: the share is exact up to one draw per candidate.
      expect(Math.abs((counts.get(route) ?? 0) - (draws * weight) / total)).toBeLessThanOrEqual(1);
    }
  });
});

describe('stay_close_to_home (flee-model.md §12.3 step 4)', () => {
  it('scales the endpoint score (before weight_softening is added) by 1/max(1, km)^power', () => {
    const scenario = buildScenario({
      locations: [
        { name: 'A', kind: 'conflict_zone', value: 1000, x: 0, y: 0 },
        { name: 'B', kind: 'town', x: 1, y: 0 },
        { name: 'C', kind: 'town', x: 0, y: 2 },
      ],
      routes: [
        ['A', 'B', 100],
        ['A', 'C', 100],
      ],
    });
    const settings = parseSettingsText('move_rules:\n  stay_close_to_home: true\n  home_distance_power: 1\n  weight_softening: 2\n', 'test.yml');
    const locations = createLocationState(scenario.locations, settings.move_rules, 1);
    const table = buildCandidateTable(createNetwork(locations.count, scenario.routes), locations, 1, createPathPool());
    const routes = createRouteTables(table, locations, settings.move_rules);
    beginPhase(routes, locations, settings.move_rules);
    const draws = 100000;
    let toB = 0;
    for (let i = 0; i < draws; i++) if (table.end[chooseRoute(routes, 0, (i + 0.5) / draws, settings.move_rules)] === 1) toB++;
    // Great-circle km with x as longitude and y as latitude: 1 degree of longitude at the equator, 2 of latitude.
    const kmB = (6371 * Math.PI) / 180;
    const kmC = 2 * kmB;
    const wB = (2 + 1 / kmB) / 110;
    const wC = (2 + 1 / kmC) / 110;
    expect(Math.abs(toB - (draws * wB) / (wB + wC))).toBeLessThanOrEqual(1);
  });
});

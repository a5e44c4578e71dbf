import { describe, expect, it } from 'vitest';
import { createAt } from '../../src/engine/phases/spawnAgents.js';
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import type { RecordedSimulation as Simulation } from '../../src/run/recordedSimulation.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import type { ClosureRow } from '../../src/domain/scenario.js';
import { buildScenario } from '../helpers/scenarioBuilder.js';

/** One agent at A with the route A -> B -> C already chosen; A-B 100 km, B-C `bc` km, speed 360. */
function oneTraveller(bc: number, closures: Omit<ClosureRow, 'source'>[] = []): Simulation {
  const scenario = buildScenario({
    locations: [
      { name: 'A', kind: 'conflict_zone', value: 1000 },
      { name: 'B', kind: 'town' },
      { name: 'C', kind: 'camp', value: 0 },
      { name: 'D', kind: 'town' },
    ],
    routes: [
      ['A', 'B', 100],
      ['B', 'C', bc],
      ['C', 'D', 50],
    ],
    conflicts: { A: 1 },
    closures,
  });
  const settings = parseSettingsText('move_rules:\n  max_move_speed: 360\n  awareness_level: 2\n  camp_movechance: 0\n  avoid_short_stints: true\n', 'test.yml');
  const sim = createRecordedSimulation(scenario, settings, { seed: 7 });
  const s = sim.state;
  createAt(s, 0, 1, 0);
  const pool = s.pool;
  const table = s.routes.candidates;
  for (let k = table.candStart[0]; k < table.candStart[1]; k++) {
    const p = table.path[k];
    if (pool.length[p] === 2 && pool.nodes[pool.start[p]] === 1 && pool.nodes[pool.start[p] + 1] === 2) {
      s.agents.routePath[0] = p;
      s.agents.routePosition[0] = 0;
    }
  }
  expect(s.agents.routePath[0]).toBeGreaterThanOrEqual(0);
  return sim;
}

describe('travel phase (flee-model.md §7.6)', () => {
  it('credits every chained leg the full day\'s speed: legs of 100 then 400 km at 360 km/day', () => {
    const sim = oneTraveller(400);
    const a = sim.state.agents;
    const net = sim.state.network;
    sim.step();
    expect(a.link[0]).toBeGreaterThanOrEqual(0);
    expect(net.linkFrom[a.link[0]]).toBe(1);
    expect(net.linkTo[a.link[0]]).toBe(2);
    expect(a.distanceOnLink[0]).toBe(360);
    // moved_today = 460 km on day 0: recent travel = (0 + 460/360) / 2 (§7.7, float32).
    expect(a.recentTravel[0]).toBeCloseTo(460 / 360 / 2, 6);
    sim.step();
    expect(a.link[0]).toBe(-1);
    expect(a.location[0]).toBe(2);
    // moved_today = 40 km on day 1 (the rest of the 400 km leg).
    expect(a.recentTravel[0]).toBeCloseTo((460 / 360 / 2 + 40 / 360) / 2, 6);
    expect(sim.state.locations.agents[2]).toBe(1);
  });

  it('needs two days for a leg exactly as long as the speed (strict >)', () => {
    const sim = oneTraveller(360);
    const a = sim.state.agents;
    sim.step();
    expect(a.link[0]).toBeGreaterThanOrEqual(0);
    expect(a.distanceOnLink[0]).toBe(360);
    sim.step();
    expect(a.location[0]).toBe(2);
    // moved_today = 0 on arrival (which always allows chaining): recent = (460/360/2 + 0) / 2.
    expect(a.recentTravel[0]).toBeCloseTo(460 / 360 / 4, 6);
  });

  it('bounces an agent back to the link\'s start when the link was closed while it travelled, even if reopened (Q11)', () => {
    const sim = oneTraveller(1000, [{ type: 'location', name1: 'C', name2: '', startDay: 1, endDay: 1 }]);
    const a = sim.state.agents;
    for (let d = 0; d < 3; d++) sim.step();
    expect(a.link[0]).toBe(-1);
    expect(a.location[0]).toBe(1);
    expect(sim.state.locations.agents[1]).toBe(1);
    expect(sim.state.locations.agents[2]).toBe(0);
  });

  it('without the closure the same agent arrives', () => {
    const sim = oneTraveller(1000);
    const a = sim.state.agents;
    for (let d = 0; d < 3; d++) sim.step();
    expect(a.location[0]).toBe(2);
    expect(sim.state.locations.agents[2]).toBe(1);
  });
});

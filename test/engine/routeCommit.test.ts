import { describe, expect, it } from 'vitest';
import { createAt } from '../../src/engine/phases/spawnAgents.js';
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import { buildScenario } from '../helpers/scenarioBuilder.js';

// flee-model.md §7.1: an agent that picks a candidate of several links commits to the rest of it.
describe('route commitment on departure', () => {
  it('keeps the remaining waypoints of a two-link candidate, and nothing for a one-link candidate', () => {
    const scenario = buildScenario({
      locations: [
        { name: 'A', kind: 'conflict_zone', value: 1000 },
        { name: 'B', kind: 'town' },
        { name: 'C', kind: 'camp', value: 0 },
      ],
      routes: [
        ['A', 'B', 500],
        ['B', 'C', 50],
      ],
      conflicts: { A: 1 },
    });
    const settings = parseSettingsText('move_rules:\n  max_move_speed: 360\n  awareness_level: 2\n', 'test.yml');
    const sim = createRecordedSimulation(scenario, settings, { seed: 3 });
    const s = sim.state;
    createAt(s, 0, 400, 0);
    sim.step(); // everyone leaves A (move chance 1) and is still on the 500 km link at the end of day 0
    const { agents, pool } = s;
    let committed = 0;
    for (let a = 0; a < agents.count; a++) {
      expect(agents.link[a]).toBeGreaterThanOrEqual(0);
      const path = agents.routePath[a];
      if (path < 0) continue;
      committed++;
      // The candidate A -> B -> C: the route holds B then C, and B (position 0) is being walked to.
      expect(pool.length[path]).toBe(2);
      expect(pool.nodes[pool.start[path] + 1]).toBe(2);
      expect(agents.routePosition[a]).toBe(1);
    }
    // Both candidates have positive weight, so with 400 agents both are taken.
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(agents.count);
  });
});

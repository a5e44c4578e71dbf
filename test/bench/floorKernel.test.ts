import { describe, expect, it } from 'vitest';
import { floorUnsupported, runFloorKernel } from '../../bench/floor/floorKernel.js';
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import type { Simulation } from '../../src/engine/simulation.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import { syntheticScenario } from '../../src/synthetic/syntheticNetwork.js';

// The floor benchmark is only meaningful while its kernel does exactly the engine's work.
describe('floor kernel (bench/floor)', () => {
  const scenario = syntheticScenario({ locations: 60, agents: 5000, days: 40, seed: 7 });
  const settings = parseSettingsText('move_rules:\n  awareness_level: 1\n', 'test.yml');

  const state = (sim: Simulation) => ({
    counts: Array.from(sim.state.locations.agents),
    location: Array.from(sim.state.agents.location.subarray(0, sim.state.agents.count)),
    link: Array.from(sim.state.agents.link.subarray(0, sim.state.agents.count)),
    progress: Array.from(sim.state.agents.distanceOnLink.subarray(0, sim.state.agents.count)),
    linkAgents: Array.from(sim.state.network.linkAgents.subarray(0, sim.state.network.linkCount)),
  });

  it('ends every day-1.. run in the engine state, agent by agent', () => {
    for (const seed of [1, 2, 3]) {
      const engine = createRecordedSimulation(scenario, settings, { seed });
      engine.run();
      const kernel = createRecordedSimulation(scenario, settings, { seed });
      kernel.step();
      const moved = runFloorKernel(kernel.state, 1) + kernel.state.movedAgentSteps;
      expect(state(kernel)).toEqual(state(engine));
      expect(moved).toBe(engine.state.movedAgentSteps);
      expect(moved).toBeGreaterThan(5000); // agents kept moving after day 0
    }
  });

  it('refuses the cases it does not cover instead of running them wrongly', () => {
    const shortStints = parseSettingsText('move_rules:\n  awareness_level: 1\n  avoid_short_stints: true\n', 'test.yml');
    expect(floorUnsupported(createRecordedSimulation(scenario, shortStints, { seed: 1 }).state)).toMatch(/avoid_short_stints/);
    const level2 = parseSettingsText('move_rules:\n  awareness_level: 2\n', 'test.yml');
    const sim = createRecordedSimulation(scenario, level2, { seed: 1 });
    expect(() => runFloorKernel(sim.state, 0)).toThrow(/awareness level 2/);
  });
});

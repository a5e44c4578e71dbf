/**
 * `npm run bench:floor`: how close the engine is to the fastest loop we could write for the same
 * work, on the synthetic case issue 4 sets its throughput target on (1,000 locations, 10⁶ agents,
 * awareness 1, Flee's default rules, 100 days, one thread). Both start from the engine's state
 * after day 0 (every agent leaves its conflict zone) and run days 1-99 in this process; the
 * kernel (floorKernel.ts) must end in exactly the engine's state (every agent's location and
 * link, every location's count, the agents that moved), or the benchmark fails. Prints the
 * agent-steps per second of both (over all 100 days' agent-steps, day 0 timed from the engine
 * run), their ratio, and the work that sets the pace: the legs travelled (departures onto a link)
 * and the agent-steps of agents that moved, with the time per leg.
 * Median of BENCH_RUNS (default 3) after a warm-up pair. BENCH_FLOOR_AGENTS changes the agents.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../../src/analysis/statistics.js';
import { createSimulation } from '../../src/engine/simulation.js';
import type { Simulation } from '../../src/engine/simulation.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import { syntheticScenario } from '../../src/synthetic/syntheticNetwork.js';
import { runFloorKernel } from './floorKernel.js';

const LOCATIONS = 1000;
const DAYS = 100;
const agentsWanted = Number(process.env.BENCH_FLOOR_AGENTS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const scenario = syntheticScenario({ locations: LOCATIONS, agents: agentsWanted, days: DAYS, seed: 2026 });
const settings = parseSettingsText('move_rules:\n  awareness_level: 1\n', 'synthetic.yml');

function line(metric: string, value: number, unit: string): void {
  process.stdout.write(`${metric} ${Number.isInteger(value) ? value : value.toPrecision(6)} ${unit}\n`);
}

/** A run with day 0 done by the engine, and its duration. */
function afterDayZero(): { sim: Simulation; dayZeroS: number } {
  const sim = createSimulation(scenario, settings, { seed: 1 });
  const started = process.hrtime.bigint();
  sim.step();
  return { sim, dayZeroS: Number(process.hrtime.bigint() - started) / 1e9 };
}

function fingerprint(sim: Simulation, moved: number): string {
  const { agents, locations } = sim.state;
  let h = 0;
  for (let l = 0; l < locations.count; l++) h = (Math.imul(h, 31) + locations.agents[l]) | 0;
  for (let a = 0; a < agents.count; a++) h = (Math.imul(h, 31) + agents.location[a] * 7 + agents.link[a]) | 0;
  return `${h}/${moved}`;
}

interface Pair {
  engineS: number;
  kernelS: number;
  dayZeroS: number;
  legs: number;
  movedAgentSteps: number;
}

function pair(): Pair {
  const engine = afterDayZero();
  let started = process.hrtime.bigint();
  engine.sim.run();
  const engineS = Number(process.hrtime.bigint() - started) / 1e9;
  const kernel = afterDayZero();
  started = process.hrtime.bigint();
  const movedByKernel = runFloorKernel(kernel.sim.state, 1) + kernel.sim.state.movedAgentSteps;
  const kernelS = Number(process.hrtime.bigint() - started) / 1e9;
  const want = fingerprint(engine.sim, engine.sim.state.movedAgentSteps);
  const got = fingerprint(kernel.sim, movedByKernel);
  if (want !== got) throw new Error(`the floor kernel ended in another state than the engine (${got} against ${want}): it no longer does the engine's work`);
  const legs = engine.sim.state.network.linkEntries.reduce((sum, v) => sum + v, 0);
  return { engineS, kernelS, dayZeroS: engine.dayZeroS, legs, movedAgentSteps: engine.sim.state.movedAgentSteps };
}

function main(): void {
  pair(); // warm-up
  const pairs = Array.from({ length: runs }, () => pair());
  const steps = agentsWanted * DAYS;
  const dayZero = median(pairs.map((p) => p.dayZeroS));
  const engine = median(pairs.map((p) => p.engineS)) + dayZero;
  const kernel = median(pairs.map((p) => p.kernelS)) + dayZero;
  const key = `floor.L${LOCATIONS}.A${agentsWanted}.aw1.threads1`;
  line(`${key}.engine.agent_steps_per_s`, steps / engine, 'agent-steps/s');
  line(`${key}.kernel.agent_steps_per_s`, steps / kernel, 'agent-steps/s');
  line(`${key}.engine_over_kernel`, engine / kernel, 'x');
  line(`${key}.engine.wall_s`, engine, 's');
  line(`${key}.kernel.wall_s`, kernel, 's');
  const { legs, movedAgentSteps } = pairs[0];
  line(`${key}.legs`, legs, 'legs');
  line(`${key}.moved_agent_steps`, movedAgentSteps, 'agent-steps');
  line(`${key}.engine.ns_per_leg`, (engine / legs) * 1e9, 'ns');
  line(`${key}.kernel.ns_per_leg`, (kernel / legs) * 1e9, 'ns');
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    join('bench-results', 'floor.json'),
    JSON.stringify({ date: new Date().toISOString(), node: process.version, locations: LOCATIONS, agents: agentsWanted, days: DAYS, pairs }, null, 2) + '\n',
  );
  process.stdout.write('written bench-results/floor.json\n');
}

main();

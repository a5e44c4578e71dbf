/**
 * `npm run bench:floor`: how close the engine is to the fastest loop we could write for the same
 * work, on the synthetic case the engine's throughput targets are set on (1,000 locations, 10⁶
 * agents, awareness 1, Flee's default rules, 100 days, one thread). The engine and the kernel
 * (floorKernel.ts) both start from the engine's state after day 0 (every agent leaves its
 * conflict zone) and run days 1-99 in this process; the kernel must end in exactly the engine's
 * state (every agent's location and link, every location's count, the agents that moved), or the
 * benchmark fails. When a C compiler is on the PATH, the same kernel written in C
 * (native/floorKernel.c, built with -O2) runs days 1-99 from a dump of that state too, under the
 * same check: it tells how much of what remains is the language.
 *
 * Prints agent-steps per second of the engine over the whole run (the targets' measure), of all
 * three over days 1-99, their ratios, and the work that sets the pace: legs travelled
 * (departures onto a link) and agent-steps of agents that moved, with the time per leg.
 * Median of BENCH_RUNS (default 3) after a warm-up. BENCH_FLOOR_AGENTS changes the agents.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from '../../src/statistics/descriptive.js';
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import type { Simulation } from '../../src/engine/simulation.js';
import type { SimulationState } from '../../src/engine/state.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import { syntheticScenario } from '../../src/synthetic/syntheticNetwork.js';
import { FLOOR_ROUNDS, prepareFloor, runFloorKernel } from './floorKernel.js';
import type { FloorInputs } from './floorKernel.js';

const LOCATIONS = 1000;
const DAYS = 100;
const agentsWanted = Number(process.env.BENCH_FLOOR_AGENTS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const scenario = syntheticScenario({ locations: LOCATIONS, agents: agentsWanted, days: DAYS, seed: 2026 });
const settings = parseSettingsText('move_rules:\n  awareness_level: 1\n', 'synthetic.yml');
const nativeSource = join(dirname(fileURLToPath(import.meta.url)), 'native', 'floorKernel.c');

function line(metric: string, value: number, unit: string): void {
  process.stdout.write(`${metric} ${Number.isInteger(value) ? value : value.toPrecision(6)} ${unit}\n`);
}

/** A run with day 0 done by the engine, and its duration. */
function afterDayZero(): { sim: Simulation; dayZeroS: number } {
  const sim = createRecordedSimulation(scenario, settings, { seed: 1 });
  const started = process.hrtime.bigint();
  sim.step();
  return { sim, dayZeroS: Number(process.hrtime.bigint() - started) / 1e9 };
}

function fingerprint(s: SimulationState, moved: number): string {
  const { agents, locations } = s;
  let h = 0;
  for (let l = 0; l < locations.count; l++) h = (Math.imul(h, 31) + locations.agents[l]) | 0;
  for (let a = 0; a < agents.count; a++) h = (Math.imul(h, 31) + agents.location[a] * 7 + agents.link[a]) | 0;
  return `${h}/${moved}`;
}

interface Pair {
  /** Days 1-99 (as are legs and movedAgentSteps). */
  engineS: number;
  kernelS: number;
  dayZeroS: number;
  legs: number;
  movedAgentSteps: number;
  fingerprint: string;
}

function pair(): Pair {
  const engine = afterDayZero();
  const legsDayZero = engine.sim.state.network.linkEntries.reduce((sum, v) => sum + v, 0);
  const movedDayZero = engine.sim.state.movedAgentSteps;
  let started = process.hrtime.bigint();
  engine.sim.run();
  const engineS = Number(process.hrtime.bigint() - started) / 1e9;
  const kernel = afterDayZero();
  started = process.hrtime.bigint();
  const movedByKernel = runFloorKernel(kernel.sim.state, 1) + kernel.sim.state.movedAgentSteps;
  const kernelS = Number(process.hrtime.bigint() - started) / 1e9;
  const want = fingerprint(engine.sim.state, engine.sim.state.movedAgentSteps);
  const got = fingerprint(kernel.sim.state, movedByKernel);
  if (want !== got) throw new Error(`the floor kernel ended in another state than the engine (${got} against ${want}): it no longer does the engine's work`);
  const legs = engine.sim.state.network.linkEntries.reduce((sum, v) => sum + v, 0) - legsDayZero;
  const movedAgentSteps = engine.sim.state.movedAgentSteps - movedDayZero;
  return { engineS, kernelS, dayZeroS: engine.dayZeroS, legs, movedAgentSteps, fingerprint: want };
}

/** Writes the state after day 0 and the kernel's inputs in the order native/floorKernel.c reads them. */
function dumpFloorState(s: SimulationState, inputs: FloorInputs, file: string): void {
  const { agents: a, locations: loc, network: net } = s;
  const c = s.routes.candidates;
  const n = a.count;
  const links = net.linkCount;
  const parts: ArrayBufferView[] = [
    Int32Array.of(n, loc.count, links, c.end.length, s.days, s.day, FLOOR_ROUNDS),
    a.location.subarray(0, n),
    a.link.subarray(0, n),
    a.distanceOnLink.subarray(0, n),
    a.nextLeaveDay.subarray(0, n),
    a.onLink.subarray(0, (n + 31) >>> 5),
    loc.agents,
    net.linkAgents.subarray(0, links),
    net.linkEntries.subarray(0, links),
    net.linkLength.subarray(0, links),
    net.linkTo.subarray(0, links),
    c.candStart,
    c.firstLink,
    inputs.cumulative,
    inputs.moveChance,
    Float64Array.of(s.settings.move_rules.max_move_speed),
    inputs.decisionKeys,
    inputs.roundKeys,
  ];
  writeFileSync(file, Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))));
}

/** Median seconds of the C kernel over days 1-99, or why it was not run. */
function nativeFloor(want: string): number | string {
  const compiler = ['cc', 'gcc', 'clang'].find((c) => spawnSync(c, ['--version']).status === 0);
  if (compiler === undefined) return 'no C compiler (cc, gcc or clang) on the PATH';
  const dir = mkdtempSync(join(tmpdir(), 'corridor-floor-'));
  try {
    const exe = join(dir, 'floorKernel');
    const built = spawnSync(compiler, ['-O2', '-o', exe, nativeSource, '-lm'], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`${compiler} could not build ${nativeSource}:\n${built.stderr}`);
    const { sim } = afterDayZero();
    const movedBefore = sim.state.movedAgentSteps;
    const stateFile = join(dir, 'state.bin');
    dumpFloorState(sim.state, prepareFloor(sim.state), stateFile);
    const seconds: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const r = spawnSync(exe, [stateFile], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`the C floor kernel failed: ${r.stderr}`);
      const [hash, moved, s] = r.stdout.trim().split(' ');
      const got = `${hash}/${Number(moved) + movedBefore}`;
      if (got !== want) throw new Error(`the C floor kernel ended in another state than the engine (${got} against ${want})`);
      if (i > 0) seconds.push(Number(s)); // the first run is a warm-up
    }
    return median(seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  pair(); // warm-up
  const pairs = Array.from({ length: runs }, () => pair());
  const dayZero = median(pairs.map((p) => p.dayZeroS));
  const engine = median(pairs.map((p) => p.engineS));
  const kernel = median(pairs.map((p) => p.kernelS));
  const native = nativeFloor(pairs[0].fingerprint);
  const key = `floor.L${LOCATIONS}.A${agentsWanted}.aw1.threads1`;
  const laterSteps = agentsWanted * (DAYS - 1);
  line(`${key}.engine.agent_steps_per_s`, (agentsWanted * DAYS) / (engine + dayZero), 'agent-steps/s');
  line(`${key}.days1to99.engine.agent_steps_per_s`, laterSteps / engine, 'agent-steps/s');
  line(`${key}.days1to99.kernel.agent_steps_per_s`, laterSteps / kernel, 'agent-steps/s');
  line(`${key}.days1to99.engine_over_kernel`, engine / kernel, 'x');
  if (typeof native === 'number') {
    line(`${key}.days1to99.native_kernel.agent_steps_per_s`, laterSteps / native, 'agent-steps/s');
    line(`${key}.days1to99.kernel_over_native_kernel`, kernel / native, 'x');
  } else {
    process.stdout.write(`# C kernel not run: ${native}\n`);
  }
  const { legs, movedAgentSteps } = pairs[0];
  line(`${key}.legs`, legs, 'legs');
  line(`${key}.moved_agent_steps`, movedAgentSteps, 'agent-steps');
  line(`${key}.days1to99.engine.ns_per_leg`, (engine / legs) * 1e9, 'ns');
  line(`${key}.days1to99.kernel.ns_per_leg`, (kernel / legs) * 1e9, 'ns');
  if (typeof native === 'number') line(`${key}.days1to99.native_kernel.ns_per_leg`, (native / legs) * 1e9, 'ns');
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    join('bench-results', 'floor.json'),
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, locations: LOCATIONS, agents: agentsWanted, days: DAYS, dayZeroS: dayZero, pairs, nativeKernelS: native },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write('written bench-results/floor.json\n');
}

main();

/**
 * The engine's public surface: everything outside src/engine/ imports the engine from here and
 * nowhere else (a dependency rule in .dependency-cruiser.cjs says so). Two reasons:
 * - one door makes the engine's contract visible: create a simulation, step it, read its state;
 * - the built CLI bundles the engine as one module (scripts/buildCli.mjs), so that its hot loops
 *   never call across a chunk boundary: a function or constant imported from another chunk is a
 *   module-variable load that V8 does not fold, which cost 3.5% more instructions on
 *   flee-validation/mali2012 when esbuild happened to put random.ts in a chunk of its own.
 */
export type { AgentBuffers } from './agentTable.js';
export type { BorderState } from './border/borderState.js';
export { PersonStatus } from './border/personStatus.js';
export type { DayObserver } from './dayPhase.js';
export { LocationFlag } from './locationState.js';
export { agentsOnLinks } from './network.js';
export { applyCorrections, scaledSeries } from './observedSeries.js';
export type { ScaledPoint } from './observedSeries.js';
export { createAgentBuffers } from './partition.js';
export { CounterRandom, replicaSeed } from './random.js';
export { createSimulation, plannedRunAgents } from './simulation.js';
export type { RunOptions, Simulation } from './simulation.js';
export { observedValue } from './spawnCounts.js';
export type { SimulationState } from './state.js';
export { STREAM } from './streamPurposes.js';

/**
 * A run of a model: start-up (flee-model.md §5) and the day loop (§6). The model declares its day
 * as an ordered list of phases and its per-agent step rules (models/); `step` runs the phases,
 * then the caller's observers (recorders). Pure computation: no files, no clock, no console.
 */
import { createAgentList } from './agentList.js';
import { createAgentTable } from './agentTable.js';
import type { AgentTable } from './agentTable.js';
import { createPathPool } from './candidatePaths.js';
import type { PathPool } from './candidatePaths.js';
import type { DayContext, DayObserver } from './dayPhase.js';
import { createLocationState } from './locationState.js';
import type { LocationState } from './locationState.js';
import { createNetwork } from './network.js';
import type { Network } from './network.js';
import { observedDaily, observedInputs } from './observedInputs.js';
import { CHUNK, WHOLE } from './partition.js';
import type { Partition } from './partition.js';
import { CounterRandom } from './random.js';
import { createRouteTables } from './routeChoice.js';
import { plannedAgents } from './spawnCounts.js';
import type { SimulationState } from './state.js';
import { createBorderState } from './border/borderState.js';
import type { BorderState } from './border/borderState.js';
import { corridorModel, corridorMoveChance, plannedArrivals } from './models/corridorModel.js';
import { fleeModel } from './models/fleeModel.js';
import type { Model } from './models/model.js';
import { refreshSpawnWeights } from './phases/refreshSpawnWeights.js';
import { createAt } from './phases/spawnAgents.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

export interface RunOptions {
  readonly seed: number;
  /** Days to simulate; default: the scenario's Length. */
  readonly days?: number;
  /** This copy's share of the agents when the run is split over threads (see partition.ts). */
  readonly partition?: Partition;
}

export interface Simulation {
  readonly state: SimulationState;
  /** Simulates the next day (its phases, then the observers); returns false when all days, burn-in included, are done. */
  step(): boolean;
  /** Runs the remaining days, calling `onDay` after each reported (post-burn-in) day with its reported index. */
  run(onDay?: (day: number) => void): void;
}

/** The observers of a run, made by the caller once the state is set up (before day 0). */
export type ObserverFactory = (state: SimulationState) => readonly DayObserver[];

/**
 * Agents a run will create (for sizing shared memory before a run is split over threads), or
 * undefined when that is only known by running it (conflict-driven spawning).
 */
export function plannedRunAgents(scenario: Scenario, settings: Settings, days: number): number | undefined {
  if (scenario.corridor !== undefined) return undefined; // never split: policy phases run in agent order
  const daily = observedDaily(scenario, settings.optimisations.hasten, days);
  const seriesByName = new Map(scenario.series.map((s, i) => [s.name, i]));
  const campSeries = Int32Array.from(
    scenario.locations.filter((l) => l.kind === 'camp' || l.kind === 'idpcamp'),
    (l) => seriesByName.get(l.name) ?? 0,
  );
  return plannedAgents(scenario, settings.spawn_rules, { daily, campSeries, offsetByDay0: settings.spawn_rules.empty_camps_on_day0 }, days);
}

/**
 * Sets up a run of `scenario` (inputs checked by the run layer first: scenario/runChecks.ts) and
 * returns its day loop. `observe` makes the caller's observers from the set-up state.
 */
export function createSimulation(scenario: Scenario, settings: Settings, options: RunOptions, observe?: ObserverFactory): Simulation {
  const days = options.days ?? scenario.days;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  if (scenario.corridor !== undefined && options.partition !== undefined) throw new Error('a corridor run cannot be split over threads');
  const burnIn = scenario.corridor?.burnInDays ?? 0;
  return createRun(scenario, settings, options, { burnIn, simulated: burnIn + days }, observe);
}

/** The run of `period.simulated` days, of which the first `period.burnIn` are not observed. */
function createRun(scenario: Scenario, settings: Settings, options: RunOptions, period: { burnIn: number; simulated: number }, observe?: ObserverFactory): Simulation {
  const days = period.simulated;
  const world = buildWorld(scenario, settings);
  const { observed, camps, day0 } = observedInputs(scenario, settings, world.locations, days);
  const planned = scenario.corridor === undefined ? plannedAgents(scenario, settings.spawn_rules, observed, days) : plannedArrivals(scenario.corridor, days);
  const agents = createAgentTable(planned ?? 1024, options.partition?.agentBuffers);
  const border = scenario.corridor === undefined ? undefined : createBorderState(scenario.corridor, world.locations.count, days, options.seed, agents.capacity);
  const model = modelOf(world, settings, border);
  const state = initialState(scenario, settings, options, { ...world, days, burnIn: period.burnIn, agents, border, model, observed, camps, day0 });
  startUp(state);
  const context: DayContext = { rng: state.rng, moveChance: new Float64Array(world.locations.count), candidates: model.candidates };
  return dayLoop(state, model, context, observe?.(state) ?? []);
}

interface World {
  readonly locations: LocationState;
  readonly network: Network;
  readonly pool: PathPool;
}

/** Locations (with the model's move chances), links and an empty path pool. */
function buildWorld(scenario: Scenario, settings: Settings): World {
  const corridor = scenario.corridor;
  const moveChanceAt = corridor === undefined ? undefined : corridorMoveChance(corridor);
  const locations = createLocationState(scenario.locations, settings.move_rules, settings.optimisations.hasten, moveChanceAt);
  return { locations, network: createNetwork(locations.count, scenario.routes), pool: createPathPool() };
}

function modelOf(world: World, settings: Settings, border: BorderState | undefined): Model {
  if (border === undefined) return fleeModel(world.network, world.locations, settings.move_rules, world.pool);
  return corridorModel(world.network, border, world.pool);
}

interface SetUp extends World {
  readonly days: number;
  readonly burnIn: number;
  readonly agents: AgentTable;
  readonly border: BorderState | undefined;
  readonly model: Model;
  readonly observed: SimulationState['observed'];
  readonly camps: Int32Array;
  readonly day0: Float64Array;
}

function initialState(scenario: Scenario, settings: Settings, options: RunOptions, u: SetUp): SimulationState {
  const partition = options.partition;
  return {
    scenario,
    settings,
    days: u.days,
    burnIn: u.burnIn,
    locations: u.locations,
    network: u.network,
    pool: u.pool,
    routes: createRouteTables(u.model.candidates(), u.locations, settings.move_rules),
    agents: u.agents,
    rng: new CounterRandom(options.seed),
    observed: u.observed,
    camps: u.camps,
    closures: scenario.closures,
    locationChanges: scenario.locationChanges,
    spawnWeights: new Float64Array(u.locations.count),
    spawnTimeRef: 0,
    debt: 0,
    rawCount: 0,
    day0: u.day0,
    day: 0,
    agentSteps: 0,
    movedAgentSteps: 0,
    lists: { deferred: createAgentList(), chaining: createAgentList(), nextRound: createAgentList(), due: new Int32Array(CHUNK) },
    partition: partition === undefined ? WHOLE : { index: partition.index, count: partition.count },
    synchronize: partition === undefined ? undefined : (own, census, pending) => partition.synchronize(own, census, pending),
    warnings: [],
    border: u.border,
    stepRules: u.model.stepRules,
  };
}

/** Start-up steps 4 and 8: people present from the start, and the camps' day-0 registrations and initial IDPs. */
function startUp(state: SimulationState): void {
  const scenario = state.scenario;
  const spawnRules = state.settings.spawn_rules;
  refreshSpawnWeights(state, 0);
  for (const group of scenario.initialAgents ?? []) if (group.count > 0) createAt(state, group.location, group.count, 0);
  if (spawnRules.empty_camps_on_day0 || scenario.corridor !== undefined) return;
  const { daily, campSeries } = state.observed;
  for (let k = 0; k < state.camps.length; k++) {
    const l = state.camps[k];
    let n = 0;
    if (spawnRules.insert_day0) n += Math.trunc(daily[campSeries[k]][0]);
    const idps = scenario.locations[l].attributes.initial_idps;
    if (idps !== undefined && idps.trim() !== '') n += Math.trunc(Number(idps));
    if (n > 0) createAt(state, l, n, 0);
  }
}

/** The day loop: observers see the days after the burn-in, numbered from 0 (burn-in days: `skip`). */
function dayLoop(state: SimulationState, model: Model, context: DayContext, observers: readonly DayObserver[]): Simulation {
  const phases = model.phases;
  const burnIn = state.burnIn;
  const step = (): boolean => {
    const t = state.day;
    if (t >= state.days) return false;
    for (let i = 0; i < phases.length; i++) phases[i].run(state, context, t);
    if (t >= burnIn) for (let i = 0; i < observers.length; i++) observers[i].record(state, t - burnIn);
    else for (let i = 0; i < observers.length; i++) observers[i].skip?.(state, t);
    state.day = t + 1;
    return true;
  };
  return {
    state,
    step,
    run(onDay) {
      while (step()) if (state.day > burnIn) onDay?.(state.day - 1 - burnIn);
    },
  };
}

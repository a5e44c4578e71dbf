/**
 * A run of Flee's model: start-up (flee-model.md §5) and the day loop (§6) as a fixed pipeline of
 * phases. Pure computation: no files, no clock, no console.
 */
import { createAgentList } from './agentList.js';
import { createAgentTable } from './agentTable.js';
import { takeCensus } from './census.js';
import { CHUNK, WHOLE } from './partition.js';
import type { Partition } from './partition.js';
import { plannedAgents } from './spawnCounts.js';
import { buildCandidateTable, createPathPool } from './candidatePaths.js';
import { createLocationState, isCamp } from './locationState.js';
import { createNetwork, refreshActiveCsr } from './network.js';
import { applyCorrections, dailyValues, scaledSeries } from './observedSeries.js';
import type { ScaledPoint } from './observedSeries.js';
import { CounterRandom } from './random.js';
import { createRouteTables } from './routeChoice.js';
import type { ObservedInputs, SimulationState } from './state.js';
import { applyClosures } from './phases/applyClosures.js';
import { decideMoves, effectiveMoveChance } from './phases/decideMoves.js';
import { refreshSpawnWeights } from './phases/refreshSpawnWeights.js';
import { createAt, spawnAgents } from './phases/spawnAgents.js';
import { travel } from './phases/travel.js';
import { updateConflicts } from './phases/updateConflicts.js';
import { updateScores } from './phases/updateScores.js';
import { InputError } from '../errors.js';
import type { CandidateTable } from './candidatePaths.js';
import type { LocationState } from './locationState.js';
import { applyPolicyEvents } from './border/applyPolicyEvents.js';
import { arriveEntrants } from './border/arrivals.js';
import { createBorderState } from './border/borderState.js';
import { buildCorridorCandidates } from './border/corridorCandidates.js';
import { releaseHeld } from './border/releases.js';
import { createLedgerRecorder } from '../recorders/ledgerRecorder.js';
import { createNetworkRecorder } from '../recorders/networkRecorder.js';
import type { CorridorSpec } from '../domain/corridor.js';
import { createDailyRecorder } from '../recorders/dailyRecorder.js';
import type { DailyRecorder } from '../recorders/dailyRecorder.js';
import type { RunRecord } from '../recorders/types.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

export interface RunOptions {
  readonly seed: number;
  /** Days to simulate; default: the scenario's Length. */
  readonly days?: number;
  /** This copy's share of the agents when the run is split over threads (see partition.ts). */
  readonly partition?: Partition;
  /** Record every location's and link's daily series (RunRecord.network); always on for corridor scenarios. */
  readonly recordNetwork?: boolean;
}

export interface Simulation {
  readonly state: SimulationState;
  /** Simulates the next day; returns false when all days are done. */
  step(): boolean;
  /** Runs the remaining days, calling `onDay` after each. */
  run(onDay?: (day: number) => void): RunRecord;
  /** Per-day aggregates of the days simulated so far. */
  record(): RunRecord;
}

function prepareObserved(scenario: Scenario, hasten: number, days: number): { daily: Float64Array[]; tables: ScaledPoint[][] } {
  const tables: ScaledPoint[][] = scenario.series.map((series) => {
    const t = scaledSeries(series, hasten);
    if (t === undefined) {
      throw new InputError(`series "${series.name}" cannot be combined: a later file starts after the first one (Flee fails here, quirk Q14)`, {
        file: series.source.file,
        line: series.source.line,
        expected: 'every file of a row to start no later than the first file',
      });
    }
    return t;
  });
  const failed = applyCorrections(tables, scenario.corrections);
  if (failed >= 0) {
    const c = scenario.corrections[failed];
    throw new InputError(`the correction date is not a row of series "${scenario.series[c.series].name}" after merging`, {
      file: c.source.file,
      line: c.source.line,
      expected: 'a date that is a later row of the series',
    });
  }
  return { daily: tables.map((t) => dailyValues(t, Math.max(days, 1))), tables };
}

/**
 * Agents a run will create (for sizing shared memory before a run is split over threads), or
 * undefined when that is only known by running it (conflict-driven spawning).
 */
export function plannedRunAgents(scenario: Scenario, settings: Settings, days: number): number | undefined {
  if (scenario.corridor !== undefined) return undefined; // never split: policy phases run in agent order
  const { daily } = prepareObserved(scenario, settings.optimisations.hasten, days);
  const seriesByName = new Map(scenario.series.map((s, i) => [s.name, i]));
  const campSeries = Int32Array.from(
    scenario.locations.filter((l) => l.kind === 'camp' || l.kind === 'idpcamp'),
    (l) => seriesByName.get(l.name) ?? 0,
  );
  return plannedAgents(scenario, settings.spawn_rules, { daily, campSeries, offsetByDay0: settings.spawn_rules.empty_camps_on_day0 }, days);
}

export function createSimulation(scenario: Scenario, settings: Settings, options: RunOptions): Simulation {
  const days = options.days ?? scenario.days;
  if (!Number.isInteger(days) || days < 1) throw new InputError(`days must be a positive integer, got ${days}`, { field: 'days' });
  const rules = settings.move_rules;
  const hasten = settings.optimisations.hasten;
  for (let k = 0; k < scenario.conflicts.intensity.length; k++) {
    if (scenario.conflicts.intensity[k].length < days) {
      throw new InputError(`conflicts.csv has ${scenario.conflicts.intensity[k].length} day rows but the run has ${days} days`, {
        file: 'input_csv/conflicts.csv',
        expected: `at least ${days} data rows (one per day, by position)`,
      });
    }
  }
  const corridor = scenario.corridor;
  if (corridor !== undefined && options.partition !== undefined) throw new Error('a corridor run cannot be split over threads');
  const locations = createLocationState(scenario.locations, rules, hasten);
  if (corridor !== undefined) setCorridorMoveChances(locations, corridor);
  const network = createNetwork(locations.count, scenario.routes);
  const pool = createPathPool();
  const destinations: number[] = [];
  if (corridor !== undefined) corridor.kinds.forEach((k, l) => k === 'destination' && destinations.push(l));
  const candidateTable = (): CandidateTable =>
    corridor === undefined
      ? buildCandidateTable(network, locations, rules.awareness_level, pool)
      : buildCorridorCandidates(network, locations.count, destinations, corridor.detour, pool);
  const routes = createRouteTables(candidateTable(), locations, rules);

  const { daily } = prepareObserved(scenario, hasten, days);
  const seriesByName = new Map(scenario.series.map((s, i) => [s.name, i]));
  const camps: number[] = [];
  for (let l = 0; l < locations.count; l++) if (isCamp(locations, l)) camps.push(l);
  const campSeries = Int32Array.from(camps, (l) => seriesByName.get(locations.names[l]) ?? -1);
  for (let k = 0; k < camps.length; k++) {
    if (campSeries[k] < 0 && corridor === undefined) {
      const row = scenario.locations[camps[k]];
      throw new InputError(`camp "${row.name}" has no observed series in source_data/data_layout.csv`, {
        file: row.source.file,
        line: row.source.line,
        expected: 'a data_layout.csv row naming every camp (Flee fails without one)',
      });
    }
  }
  const day0 = new Float64Array(locations.count);
  for (let l = 0; l < locations.count; l++) {
    const sIdx = seriesByName.get(locations.names[l]);
    if (sIdx !== undefined) day0[l] = daily[sIdx][0];
  }
  const observed: ObservedInputs = {
    daily,
    campSeries,
    offsetByDay0: settings.spawn_rules.empty_camps_on_day0,
  };

  const spawnRules = settings.spawn_rules;
  const partition = options.partition;
  const planned = corridor === undefined ? plannedAgents(scenario, settings.spawn_rules, observed, days) : plannedArrivals(corridor, days);
  const agents = createAgentTable(planned ?? 1024, partition?.agentBuffers);

  const state: SimulationState = {
    scenario,
    settings,
    days,
    locations,
    network,
    pool,
    routes,
    agents,
    rng: new CounterRandom(options.seed),
    observed,
    camps: Int32Array.from(camps),
    closures: scenario.closures,
    locationChanges: scenario.locationChanges,
    spawnWeights: new Float64Array(locations.count),
    spawnTimeRef: 0,
    debt: 0,
    rawCount: 0,
    day0,
    day: 0,
    agentSteps: 0,
    movedAgentSteps: 0,
    lists: { deferred: createAgentList(), chaining: createAgentList(), nextRound: createAgentList(), due: new Int32Array(CHUNK) },
    partition: partition === undefined ? WHOLE : { index: partition.index, count: partition.count },
    synchronize: partition === undefined ? undefined : (own, census, pending) => partition.synchronize(own, census, pending),
    warnings: [],
    border: corridor === undefined ? undefined : createBorderState(corridor, locations.count, days, options.seed, agents.capacity),
  };
  refreshSpawnWeights(state, 0);

  // Start-up step 4: people present from the start (agents.csv in Flee).
  for (const group of scenario.initialAgents ?? []) if (group.count > 0) createAt(state, group.location, group.count, 0);

  // Start-up step 8: camps receive their day-0 registrations and initial IDPs.
  for (let k = 0; k < camps.length; k++) {
    const l = camps[k];
    if (spawnRules.empty_camps_on_day0 || corridor !== undefined) break;
    let n = 0;
    if (spawnRules.insert_day0) n += Math.trunc(daily[campSeries[k]][0]);
    const idps = scenario.locations[l].attributes.initial_idps;
    if (idps !== undefined && idps.trim() !== '') n += Math.trunc(Number(idps));
    if (n > 0) createAt(state, l, n, 0);
  }

  const recorder: DailyRecorder = createDailyRecorder(state);
  const networkRecorder = options.recordNetwork === true || corridor !== undefined ? createNetworkRecorder(state) : undefined;
  const border = state.border;
  const ledgerRecorder = border === undefined ? undefined : createLedgerRecorder(border);
  const moveChance = new Float64Array(locations.count);
  const rng = state.rng;

  const step = (): boolean => {
    const t = state.day;
    if (t >= days) return false;
    if (border === undefined) {
      updateConflicts(state, t);
      spawnAgents(state, t, rng);
      refreshSpawnWeights(state, t);
      applyClosures(state, t);
    } else {
      applyPolicyEvents(state, border, t);
      arriveEntrants(state, border, t);
      releaseHeld(state, border, t);
    }
    if (network.version !== state.routes.candidates.version) {
      refreshActiveCsr(network);
      state.routes = createRouteTables(candidateTable(), locations, rules);
    }
    if (border === undefined) refreshSpawnWeights(state, t);
    updateScores(state, t);
    state.agentSteps += agents.count;
    effectiveMoveChance(state, moveChance);
    decideMoves(state, t, moveChance, rng);
    const travelledHere = travel(state, t, moveChance, rng);
    state.movedAgentSteps += takeCensus(state, travelledHere);
    recorder.record(state, t);
    networkRecorder?.record(state, t);
    ledgerRecorder?.record(state, t);
    state.day = t + 1;
    return true;
  };

  return {
    state,
    step,
    run(onDay) {
      while (step()) onDay?.(state.day - 1);
      return finish();
    },
    record: () => finish(),
  };

  function finish(): RunRecord {
    const record = recorder.finish(state, state.day);
    return {
      ...record,
      network: networkRecorder?.finish(state, state.day),
      ledger: ledgerRecorder?.finish(state, state.day),
    };
  }
}

/** Persons a corridor run will create (its arrivals series, scaled). */
function plannedArrivals(corridor: CorridorSpec, days: number): number {
  let total = 0;
  for (const entry of corridor.arrivals) for (let t = 0; t < days; t++) total += entry.daily[t] * corridor.arrivalScale;
  return Math.ceil(total) + corridor.arrivals.length;
}

/** Leave probabilities of a corridor scenario by location kind; destinations end journeys. */
function setCorridorMoveChances(locations: LocationState, corridor: CorridorSpec): void {
  corridor.kinds.forEach((kind, l) => {
    locations.moveChance[l] = kind === 'destination' ? 0 : corridor.moveChance[kind];
  });
}

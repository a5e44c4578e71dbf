/**
 * Reads a corridor scenario folder (scenario.yml plus CSVs, docs/scenario-format.md) into the same
 * validated, immutable Scenario a Flee folder gives, with the corridor extension in
 * `Scenario.corridor`. All problems are reported together, each with file, line, field and the
 * expectation. `overrides` (`path=value`, e.g. `crossing_defaults.apprehension=0.3`) change
 * scenario.yml values before validation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ALIAS_LIMIT_EXPECTED, parseYamlValue } from '../../text/yamlAliases.js';
import { InputError, ProblemList } from '../../errors.js';
import { formatIsoDay } from '../../domain/dates.js';
import { MAX_RUN_DAYS } from '../../domain/inputRanges.js';
import type { LocationRow, RouteRow, Scenario, Warning } from '../../domain/scenario.js';
import { arrivalWarnings } from './arrivalChecks.js';
import { dailyArrivals, readArrivalSettings } from './arrivalsSection.js';
import { unreachableDestinationWarnings } from '../reachability.js';
import type { CorridorNetwork } from './corridorNetwork.js';
import { readNetwork, readNetworkFiles } from './corridorNetwork.js';
import { readMovement } from './movementSection.js';
import { readBurnIn } from './burnInSection.js';
import { readPeriod } from './periodSection.js';
import { readPolicySections } from './policySections.js';
import { YamlFields } from './yamlFields.js';
import { readNumber } from './yamlNumbers.js';
import type { ReadNumber } from './yamlNumbers.js';
import type { Assumption, CorridorKind, CorridorSpec } from '../../domain/corridor.js';

export const SCENARIO_FILE = 'scenario.yml';

export function isCorridorScenario(dir: string): boolean {
  return existsSync(join(resolve(dir), SCENARIO_FILE));
}

/** `a.b.c=value` overrides as YAML paths and parsed values. */
export function parseScenarioOverrides(overrides: readonly string[]): { path: string[]; value: unknown }[] {
  return overrides.map((o) => {
    const eq = o.indexOf('=');
    if (eq <= 0) throw new InputError(`--set "${o}" is not of the form path=value`, { field: '--set', expected: 'e.g. crossing_defaults.apprehension=0.3' });
    const value = parseYamlValue(o.slice(eq + 1));
    if (!value.ok) throw new InputError(`--set "${o.slice(0, eq).trim()}": ${value.reason}`, { field: '--set', expected: `a YAML value (${ALIAS_LIMIT_EXPECTED})` });
    return { path: o.slice(0, eq).trim().split('.'), value: value.value };
  });
}

const TOP_KEYS = ['corridor', 'name', 'description', 'start_date', 'days', 'end_date', 'files', 'sources', 'movement', 'arrivals', 'reception', 'crossing_defaults', 'crossings', 'smuggling', 'events', 'burn_in'];

/** Sections are read in a fixed order (version, name, sources, period, files and CSVs, movement, arrivals, policies): problems are listed in that order. */
export function readCorridorScenario(dir: string, overrides: readonly string[] = []): Scenario {
  const root = resolve(dir);
  const problems = new ProblemList();
  const y = readScenarioYaml(root, overrides, problems);
  const assumptions: Assumption[] = [];
  const version = y.get(['corridor']);
  if (version !== 1) y.problem(['corridor'], version === undefined ? 'missing' : `unsupported format version ${JSON.stringify(version)}`, 'corridor: 1');
  const name = y.string(['name'], true) ?? basename(root);
  const sourceMap = readSources(y);
  const sourceKeys = new Set(Object.keys(sourceMap));
  const num: ReadNumber = (p, o) => readNumber(y, p, o, sourceKeys, assumptions);
  const { startDay, days } = readPeriod(y, num);
  const burnIn = readBurnIn(y, num, days);
  const network = readNetwork(root, readNetworkFiles(y, root), sourceKeys, problems);
  const movement = readMovement(y, num);
  const { arrivalScale, split } = readArrivalSettings(y, num, network);
  const policies = readPolicySections(y, num, network.byName, network.locations, network.links, sourceKeys, startDay ?? 0, days ?? MAX_RUN_DAYS, assumptions, burnIn.days);
  problems.throwIfAny();
  if (startDay === undefined || days === undefined) throw new Error('readCorridorScenario: period missing without a problem recorded');
  const arrivals = dailyArrivals(network, split, startDay, days, burnIn);
  const warnings = [...arrivalWarnings(network, arrivals, arrivalScale, startDay, days, SCENARIO_FILE), ...reachWarnings(network)];
  const corridor: CorridorSpec = {
    kinds: network.locations.map((r): CorridorKind => r.kind),
    capacity: Int32Array.from(network.locations, (r) => r.capacity),
    overflow: network.overflow,
    ...movement,
    arrivals,
    arrivalScale,
    stayDays: policies.stayDays,
    crossings: policies.crossings,
    smuggling: policies.smuggling,
    events: policies.events,
    sources: sourceMap,
    assumptions,
    ...(burnIn.days > 0 ? { burnInDays: burnIn.days } : {}),
  };
  return {
    name,
    dir: root,
    startDate: formatIsoDay(startDay),
    days,
    locations: scenarioLocations(network),
    routes: scenarioRoutes(network),
    closures: [],
    conflicts: { locations: [], intensity: [] },
    series: [],
    corrections: [],
    locationChanges: [],
    demographics: [],
    warnings,
    corridor,
    inputFiles: [SCENARIO_FILE, network.locationsFile, network.linksFile, network.arrivalsFile].map((f) => resolve(root, f)),
  };
}

/** scenario.yml of `root` parsed, with the overrides applied; throws when it cannot be read as a mapping. */
function readScenarioYaml(root: string, overrides: readonly string[], problems: ProblemList): YamlFields {
  const file = SCENARIO_FILE;
  const path = join(root, file);
  if (!existsSync(path)) throw new InputError('file not found', { file: path, expected: 'a corridor scenario folder with scenario.yml' });
  const y = new YamlFields(file, readFileSync(path, 'utf8'), problems, parseScenarioOverrides(overrides));
  if (y.root === undefined) {
    problems.throwIfAny();
  }
  if (y.root === null || typeof y.root !== 'object' || Array.isArray(y.root)) {
    y.problem([], 'the file is not a mapping', 'top-level keys such as corridor, name, start_date, days');
    problems.throwIfAny();
  }
  y.checkKeys([], TOP_KEYS);
  return y;
}

/** `sources:`: citation keys and their texts. */
function readSources(y: YamlFields): Record<string, string> {
  const sourceMap: Record<string, string> = {};
  const srcs = y.map(['sources'], false);
  if (srcs !== undefined) {
    for (const key of Object.keys(srcs)) {
      const text = y.string(['sources', key], true);
      if (text !== undefined) sourceMap[key] = text;
    }
  }
  return sourceMap;
}

/** Entry locations from which no destination can be reached. */
function reachWarnings(network: CorridorNetwork): Warning[] {
  const isDestination = (l: number): boolean => network.locations[l].kind === 'destination';
  return unreachableDestinationWarnings(scenarioLocations(network), scenarioRoutes(network), [...network.entries], isDestination, { start: 'entry', destination: 'destination' });
}

/** Locations as the Flee-shaped rows every scenario has (destinations are camps, the rest towns). */
function scenarioLocations(network: CorridorNetwork): LocationRow[] {
  const country0 = network.locations[0]?.country ?? '';
  return network.locations.map((r, i) => ({
    index: i,
    name: r.name,
    region: r.country,
    country: r.country,
    x: r.lon,
    y: r.lat,
    typeText: r.kind,
    kind: r.kind === 'destination' ? 'camp' : 'town',
    populationOrCapacity: 0,
    conflictIntensity: 1,
    foreign: r.country !== country0,
    attributes: {},
    source: { file: network.locationsFile, line: r.line },
  }));
}

function scenarioRoutes(network: CorridorNetwork): RouteRow[] {
  return network.links.map((r) => ({
    from: r.from,
    to: r.to,
    distanceKm: r.km,
    forcedRedirection: 0,
    maxMoveSpeed: undefined,
    walkProbability: 0,
    source: { file: network.linksFile, line: r.line },
  }));
}

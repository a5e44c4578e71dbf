/**
 * Reads a corridor scenario folder (scenario.yml plus CSVs, docs/scenario-format.md) into the same
 * validated, immutable Scenario a Flee folder gives, with the corridor extension in
 * `Scenario.corridor`. All problems are reported together, each with file, line, field and the
 * expectation. `overrides` (`path=value`, e.g. `crossing_defaults.apprehension=0.3`) change
 * scenario.yml values before validation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseYamlValue } from 'yaml';
import { InputError } from '../../errors.js';
import { formatIsoDay, parseIsoDay } from '../../domain/dates.js';
import { ProblemList } from '../../errors.js';
import type { LocationRow, RouteRow, Scenario } from '../../domain/scenario.js';
import { readArrivals, readCorridorLinks, readCorridorLocations } from './corridorCsv.js';
import { readPolicySections } from './policySections.js';
import { YamlFields } from './yamlFields.js';
import { readNumber } from './yamlNumbers.js';
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
    return { path: o.slice(0, eq).trim().split('.'), value: parseYamlValue(o.slice(eq + 1)) as unknown };
  });
}

const TOP_KEYS = ['corridor', 'name', 'description', 'start_date', 'days', 'end_date', 'files', 'sources', 'movement', 'arrivals', 'reception', 'crossing_defaults', 'crossings', 'smuggling', 'events'];

export function readCorridorScenario(dir: string, overrides: readonly string[] = []): Scenario {
  const root = resolve(dir);
  const file = SCENARIO_FILE;
  const path = join(root, file);
  if (!existsSync(path)) throw new InputError('file not found', { file: path, expected: 'a corridor scenario folder with scenario.yml' });
  const problems = new ProblemList();
  const y = new YamlFields(file, readFileSync(path, 'utf8'), problems, parseScenarioOverrides(overrides));
  if (y.root === undefined) {
    problems.throwIfAny();
  }
  if (y.root === null || typeof y.root !== 'object' || Array.isArray(y.root)) {
    y.problem([], 'the file is not a mapping', 'top-level keys such as corridor, name, start_date, days');
    problems.throwIfAny();
  }
  y.checkKeys([], TOP_KEYS);
  const assumptions: Assumption[] = [];

  const version = y.get(['corridor']);
  if (version !== 1) y.problem(['corridor'], version === undefined ? 'missing' : `unsupported format version ${JSON.stringify(version)}`, 'corridor: 1');
  const name = y.string(['name'], true) ?? basename(root);

  // Sources: citation keys.
  const sourceMap: Record<string, string> = {};
  const srcs = y.map(['sources'], false);
  if (srcs !== undefined) {
    for (const key of Object.keys(srcs)) {
      const text = y.string(['sources', key], true);
      if (text !== undefined) sourceMap[key] = text;
    }
  }
  const sourceKeys = new Set(Object.keys(sourceMap));
  const num = (p: (string | number)[], o: Parameters<typeof readNumber>[2]) => readNumber(y, p, o, sourceKeys, assumptions);

  // Period.
  const startText = y.string(['start_date'], true);
  const startDay = startText === undefined ? undefined : parseIsoDay(startText);
  if (startText !== undefined && startDay === undefined) y.problem(['start_date'], `"${startText}" is not a date`, 'YYYY-MM-DD');
  let days: number | undefined;
  if (y.get(['days']) !== undefined) {
    days = num(['days'], { integer: true, min: 1, required: true });
    if (y.get(['end_date']) !== undefined) y.problem(['end_date'], 'both days and end_date given', 'one of them');
  } else {
    const endText = y.string(['end_date'], false);
    if (endText === undefined) y.problem(['days'], 'missing', 'days (a whole number) or end_date (YYYY-MM-DD)');
    else {
      const endDay = parseIsoDay(endText);
      if (endDay === undefined) y.problem(['end_date'], `"${endText}" is not a date`, 'YYYY-MM-DD');
      else if (startDay !== undefined && endDay < startDay) y.problem(['end_date'], 'ends before start_date', 'an end_date on or after start_date');
      else if (startDay !== undefined) days = endDay - startDay + 1;
    }
  }

  // Files.
  y.checkKeys(['files'], ['locations', 'links', 'arrivals']);
  const fileOf = (k: string, d: string): string => y.string(['files', k], false) ?? d;
  const locationsFile = fileOf('locations', 'locations.csv');
  const linksFile = fileOf('links', 'links.csv');
  const arrivalsFile = fileOf('arrivals', 'arrivals.csv');

  const locRows = readCorridorLocations(root, locationsFile, sourceKeys, problems) ?? [];
  const byName = new Map<string, number>();
  locRows.forEach((r, i) => byName.set(r.name, i));
  const n = locRows.length;
  const overflow = new Int32Array(n).fill(-1);
  locRows.forEach((r, i) => {
    if (r.overflowName === '') return;
    const o = byName.get(r.overflowName);
    if (o === undefined || o === i) problems.add(`overflow "${r.overflowName}" is ${o === i ? 'the centre itself' : 'not a location'}`, { file: locationsFile, line: r.line, field: 'overflow', expected: 'another location of locations.csv' });
    else overflow[i] = o;
    if (r.kind !== 'reception') problems.add('overflow given for a location that is not a reception centre', { file: locationsFile, line: r.line, field: 'overflow', expected: 'overflow only for kind reception' });
  });
  const linkRows = readCorridorLinks(root, linksFile, byName, sourceKeys, problems) ?? [];
  const entries = new Set<number>();
  locRows.forEach((r, i) => r.kind === 'entry' && entries.add(i));
  if (locRows.length > 0 && entries.size === 0) problems.add('no location of kind entry', { file: locationsFile, field: 'kind', expected: 'at least one entry location (where arrivals appear)' });
  if (locRows.length > 0 && !locRows.some((r) => r.kind === 'destination')) problems.add('no location of kind destination', { file: locationsFile, field: 'kind', expected: 'at least one destination (where journeys end)' });
  const arrivalRows = readArrivals(root, arrivalsFile, byName, entries, sourceKeys, problems) ?? [];

  // Movement.
  y.checkKeys(['movement'], ['move_chance', 'max_move_speed', 'detour', 'distance_power', 'softening']);
  y.checkKeys(['movement', 'move_chance'], ['entry', 'transit', 'reception', 'informal']);
  const chance = (k: string, d: number) => num(['movement', 'move_chance', k], { min: 0, max: 1, default: d });
  const moveChance = { entry: chance('entry', 0.5), transit: chance('transit', 0.3), reception: chance('reception', 0.3), informal: chance('informal', 0.5) };
  const maxMoveSpeed = num(['movement', 'max_move_speed'], { min: 1, default: 200 });
  const detour = num(['movement', 'detour'], { min: 0, default: 0.3 });
  const distancePower = num(['movement', 'distance_power'], { min: 0, default: 1 });
  const softening = num(['movement', 'softening'], { min: 0, default: 10 });

  // Arrivals.
  y.checkKeys(['arrivals'], ['scale', 'split']);
  const arrivalScale = num(['arrivals', 'scale'], { min: 0, default: 1 });
  const split = new Map<number, number>();
  const splitMap = y.map(['arrivals', 'split'], false);
  if (splitMap !== undefined) {
    let total = 0;
    for (const key of Object.keys(splitMap)) {
      const l = byName.get(key);
      if (l === undefined || !entries.has(l)) y.problem(['arrivals', 'split', key], `"${key}" is not an entry location`, 'names of locations of kind entry');
      const share = num(['arrivals', 'split', key], { min: 0, max: 1, required: true });
      total += share;
      if (l !== undefined) split.set(l, share);
    }
    if (Math.abs(total - 1) > 1e-6) y.problem(['arrivals', 'split'], `shares sum to ${total}`, 'shares that sum to 1');
  } else if (entries.size === 1) {
    split.set([...entries][0], 1);
  } else if (arrivalRows.some((r) => r.entry < 0)) {
    y.problem(['arrivals', 'split'], 'missing: some arrivals rows name no entry and there are several entry locations', 'a split of arrivals over entry locations');
  }

  const policies = readPolicySections(y, num, byName, locRows, linkRows, sourceKeys, startDay ?? 0, days ?? 1, assumptions);
  problems.throwIfAny();
  if (startDay === undefined || days === undefined) throw new Error('readCorridorScenario: period missing without a problem recorded');

  // Arrivals per entry and day.
  const daily = new Map<number, Float64Array>();
  const addArrivals = (l: number, from: number, to: number, perDay: number): void => {
    let a = daily.get(l);
    if (a === undefined) daily.set(l, (a = new Float64Array(days)));
    for (let d = Math.max(from, 0); d <= Math.min(to, days - 1); d++) a[d] += perDay;
  };
  for (const r of arrivalRows) {
    const perDay = r.count / (r.endDay - r.startDay + 1);
    const from = r.startDay - startDay;
    const to = r.endDay - startDay;
    if (r.entry >= 0) addArrivals(r.entry, from, to, perDay);
    else for (const [l, share] of split) addArrivals(l, from, to, perDay * share);
  }

  const country0 = locRows[0]?.country ?? '';
  const locations: LocationRow[] = locRows.map((r, i) => ({
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
    source: { file: locationsFile, line: r.line },
  }));
  const routes: RouteRow[] = linkRows.map((r) => ({
    from: r.from,
    to: r.to,
    distanceKm: r.km,
    forcedRedirection: 0,
    maxMoveSpeed: undefined,
    walkProbability: 0,
    source: { file: linksFile, line: r.line },
  }));
  const corridor: CorridorSpec = {
    kinds: locRows.map((r): CorridorKind => r.kind),
    capacity: Int32Array.from(locRows, (r) => r.capacity),
    overflow,
    moveChance,
    maxMoveSpeed,
    detour,
    distancePower,
    softening,
    arrivals: [...daily].sort((a, b) => a[0] - b[0]).map(([location, d]) => ({ location, daily: d })),
    arrivalScale,
    stayDays: policies.stayDays,
    crossings: policies.crossings,
    smuggling: policies.smuggling,
    events: policies.events,
    sources: sourceMap,
    assumptions,
  };
  return {
    name,
    dir: root,
    startDate: formatIsoDay(startDay),
    days,
    locations,
    routes,
    closures: [],
    conflicts: { locations: [], intensity: [] },
    series: [],
    corrections: [],
    locationChanges: [],
    demographics: [],
    warnings: [],
    corridor,
  };
}

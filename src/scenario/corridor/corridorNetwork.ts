/**
 * The network of a corridor scenario: the CSV files named under `files:` (locations, links,
 * arrivals) read and checked together (overflow centres, at least one entry and one destination).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemList } from '../../errors.js';
import type { ArrivalRow, CorridorLinkRow, CorridorLocationRow } from './corridorCsv.js';
import { readArrivals, readCorridorLinks, readCorridorLocations } from './corridorCsv.js';
import type { YamlFields } from './yamlFields.js';

/** The CSV files of the scenario folder, as `files:` names them or by their default names. */
export interface NetworkFiles {
  readonly locationsFile: string;
  readonly linksFile: string;
  readonly arrivalsFile: string;
  /** Files named under `files:` that do not exist (reported at their line of scenario.yml, not read). */
  readonly missing: ReadonlySet<string>;
}

export interface CorridorNetwork extends NetworkFiles {
  readonly locations: readonly CorridorLocationRow[];
  /** Location index by name. */
  readonly byName: ReadonlyMap<string, number>;
  /** Per location, the centre that takes its overflow (-1: none). */
  readonly overflow: Int32Array;
  readonly links: readonly CorridorLinkRow[];
  /** Locations of kind entry (where arrivals appear). */
  readonly entries: ReadonlySet<number>;
  readonly arrivals: readonly ArrivalRow[];
}

export function readNetworkFiles(y: YamlFields, root: string): NetworkFiles {
  y.checkKeys(['files'], ['locations', 'links', 'arrivals']);
  const missing = new Set<string>();
  const fileOf = (k: string, d: string): string => {
    const named = y.string(['files', k], false);
    if (named === undefined) return d;
    if (!existsSync(join(root, named))) {
      y.problem(['files', k], `file "${named}" not found`, 'a CSV file, its path relative to the scenario folder');
      missing.add(named);
    }
    return named;
  };
  return { locationsFile: fileOf('locations', 'locations.csv'), linksFile: fileOf('links', 'links.csv'), arrivalsFile: fileOf('arrivals', 'arrivals.csv'), missing };
}

/** Reads the three files of `root` (rows with problems are left out; problems are recorded). */
export function readNetwork(root: string, files: NetworkFiles, sources: ReadonlySet<string>, problems: ProblemList): CorridorNetwork {
  const { locationsFile, linksFile, arrivalsFile, missing } = files;
  const locations = missing.has(locationsFile) ? [] : (readCorridorLocations(root, locationsFile, sources, problems) ?? []);
  const byName = new Map<string, number>();
  locations.forEach((r, i) => byName.set(r.name, i));
  const overflow = overflowCentres(locations, byName, locationsFile, problems);
  const links = missing.has(linksFile) ? [] : (readCorridorLinks(root, linksFile, byName, sources, problems) ?? []);
  const entries = new Set<number>();
  locations.forEach((r, i) => r.kind === 'entry' && entries.add(i));
  if (locations.length > 0 && entries.size === 0) problems.add('no location of kind entry', { file: locationsFile, field: 'kind', expected: 'at least one entry location (where arrivals appear)' });
  if (locations.length > 0 && !locations.some((r) => r.kind === 'destination')) problems.add('no location of kind destination', { file: locationsFile, field: 'kind', expected: 'at least one destination (where journeys end)' });
  const arrivals = missing.has(arrivalsFile) ? [] : (readArrivals(root, arrivalsFile, byName, entries, sources, problems) ?? []);
  return { ...files, locations, byName, overflow, links, entries, arrivals };
}

/** A reception centre's `overflow` names another location, where it sends persons when full. */
function overflowCentres(locations: readonly CorridorLocationRow[], byName: ReadonlyMap<string, number>, locationsFile: string, problems: ProblemList): Int32Array {
  const overflow = new Int32Array(locations.length).fill(-1);
  locations.forEach((r, i) => {
    if (r.overflowName === '') return;
    const o = byName.get(r.overflowName);
    if (o === undefined || o === i) problems.add(`overflow "${r.overflowName}" is ${o === i ? 'the centre itself' : 'not a location'}`, { file: locationsFile, line: r.line, field: 'overflow', expected: 'another location of locations.csv' });
    else overflow[i] = o;
    if (r.kind !== 'reception') problems.add('overflow given for a location that is not a reception centre', { file: locationsFile, line: r.line, field: 'overflow', expected: 'overflow only for kind reception' });
  });
  return overflow;
}

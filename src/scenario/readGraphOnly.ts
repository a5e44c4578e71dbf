/**
 * Graph-only reading for benchmarks: input_csv/locations.csv and input_csv/routes.csv, nothing
 * else. Self-loop routes are dropped with a warning instead of being refused.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { InputError, ProblemList } from '../errors.js';
import { readLocations } from './locationsFile.js';
import { readRoutes } from './routesFile.js';
import type { LocationRow, RouteRow, Warning } from '../domain/scenario.js';

export interface ScenarioGraph {
  readonly name: string;
  readonly locations: readonly LocationRow[];
  readonly routes: readonly RouteRow[];
  readonly warnings: readonly Warning[];
}

export function readGraphOnly(dir: string): ScenarioGraph {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new InputError(`scenario folder not found: ${root}`, { file: root, expected: 'a folder with input_csv/locations.csv and input_csv/routes.csv' });
  }
  const problems = new ProblemList();
  const warnings: Warning[] = [];
  const table = readLocations(root, problems);
  const routes = table === undefined ? undefined : readRoutes(root, table.byName, problems, warnings, { selfLoops: 'drop' });
  problems.throwIfAny();
  if (table === undefined || routes === undefined) throw new Error('readGraphOnly: a reader returned nothing without recording a problem');
  return { name: basename(root), locations: table.locations, routes, warnings };
}

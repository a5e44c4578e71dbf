/**
 * Reads a scenario folder in Flee's layout (flee-model.md §2) into a validated Scenario.
 * Every file is checked before anything is returned; all problems found are reported together
 * as one InputError (see problems.ts), each naming file, line, field and expectation.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError, ProblemList } from '../errors.js';
import { readClosures } from './closuresFile.js';
import { readConflicts } from './conflictsFile.js';
import { isCampKind } from './locationKind.js';
import { readLocationChanges } from './locationChangesFile.js';
import { LOCATIONS_FILE, readLocations } from './locationsFile.js';
import { DATA_LAYOUT_FILE, readCorrections, readObservedSeries } from './observedSeriesFiles.js';
import { readRoutes } from './routesFile.js';
import { unreachableDestinationWarnings } from './reachability.js';
import { readSimPeriod } from './simPeriodFile.js';
import type { Scenario, Warning } from '../domain/scenario.js';

export function readFleeScenario(dir: string): Scenario {
  const root = resolve(dir);
  assertFolder(root, 'scenario folder');
  assertFolder(join(root, 'input_csv'), 'input_csv folder of the scenario');
  const problems = new ProblemList();
  const warnings: Warning[] = [];

  const period = readSimPeriod(root, problems);
  const table = readLocations(root, problems);
  const byName = table?.byName ?? new Map<string, number>();
  const locations = table?.locations ?? [];
  const routes = table === undefined ? undefined : readRoutes(root, byName, problems, warnings);
  const countries = new Set(locations.map((l) => l.country));
  const closures = table === undefined ? undefined : readClosures(root, byName, countries, problems, warnings);
  const conflicts = table === undefined ? undefined : readConflicts(root, byName, period?.days, problems, warnings);
  const startDay = period?.startDay ?? 0;
  const observed = table === undefined ? undefined : readObservedSeries(root, locations, byName, startDay, problems, warnings);
  const corrections = observed === undefined ? [] : readCorrections(root, observed, startDay, problems);
  const locationChanges = table === undefined ? [] : readLocationChanges(root, byName, problems);

  if (locations.length > 0 && !locations.some((l) => !isCampKind(l.kind) && l.populationOrCapacity > 0)) {
    problems.add('every location has population 0', {
      file: LOCATIONS_FILE,
      field: 'population',
      expected: 'at least one non-camp location with population > 0 (new agents are placed in proportion to population)',
    });
  }
  problems.throwIfAny();
  if (period === undefined || routes === undefined || closures === undefined || conflicts === undefined || observed === undefined) {
    throw new Error('readFleeScenario: a reader returned nothing without recording a problem');
  }
  const starts = [...locations.filter((l) => l.kind === 'conflict_zone').map((l) => l.index), ...conflicts.locations];
  const isCamp = (l: number): boolean => isCampKind(locations[l].kind);
  warnings.push(...unreachableDestinationWarnings(locations, routes, starts, isCamp, { start: 'conflict location', destination: 'camp' }));
  if (observed.series.every((s) => s.files.every((f) => f.points.every((p) => p.count === 0)))) {
    warnings.push({ message: 'every observed count is 0, so the run has no persons (new agents follow the observed series)', source: { file: DATA_LAYOUT_FILE, line: 1 } });
  }
  return {
    name: basename(root),
    dir: root,
    startDate: period.startDate,
    days: period.days,
    locations,
    routes,
    closures,
    conflicts,
    series: observed.series,
    corrections,
    locationChanges,
    demographics: listDemographics(root),
    warnings,
    inputFiles: observed.series.flatMap((x) => x.files.map((f) => resolve(root, f.file))),
  };
}

function assertFolder(path: string, what: string): void {
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new InputError(`${what} not found: ${path}`, { file: path, expected: 'a folder with input_csv/ and source_data/ (Flee layout)' });
  }
}

/** `input_csv/demographics_<attr>.csv` files present, as paths relative to the scenario folder. */
function listDemographics(root: string): string[] {
  return readdirSync(join(root, 'input_csv'))
    .filter((f) => /^demographics_.+\.csv$/.test(f))
    .sort()
    .map((f) => `input_csv/${f}`);
}

/**
 * The folders the fuzz test mutates, and for each file the files an error about it may
 * legitimately name.
 *
 * The rule ("names the mutated file or a file that refers to what it defines"): a message about a
 * mutated file F must name F itself, or a file G whose content refers to an entity that F defines
 * or constrains, because a change in F can make G's reference the wrong one (a location deleted
 * from locations.csv is reported where links.csv names it; a start_date changed in scenario.yml is
 * reported on the arrivals.csv row whose date now falls outside the run). `reportedIn` lists, for
 * each file, exactly those G; a message naming any other file fails the test.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedScenario } from '../helpers/sharedData.js';

export interface FuzzScenario {
  readonly name: string;
  /** The folder copied for each case (never mutated in place). */
  readonly source: string;
  /** Extra files copied into the case folder: [from, relative path]. */
  readonly extra: readonly (readonly [string, string])[];
  /** Applied to the copy before the mutation, to make each run short. */
  readonly shorten: (dir: string) => void;
  /** Arguments after `run <folder> --out <dir> --no-store`. */
  readonly args: readonly string[];
  /** Whether a CSV file's first line is a header (corridor: always; Flee: when it starts with '#'). */
  readonly header: (relativePath: string, firstLine: string) => boolean;
  /** Files other than the mutated one that an error about it may name (see the rule above). */
  readonly reportedIn: (relativePath: string) => readonly string[];
}

const CORRIDOR_DATA = ['locations.csv', 'links.csv', 'arrivals.csv', 'observations.csv'];

/** corridor: scenario.yml names the data files and sets the calendar and sources they are checked against; locations are named everywhere; links are named by scenario.yml's crossings and events. */
function corridorReportedIn(file: string): readonly string[] {
  if (file === 'scenario.yml') return CORRIDOR_DATA;
  if (file === 'locations.csv') return ['links.csv', 'arrivals.csv', 'observations.csv', 'scenario.yml'];
  if (file === 'links.csv') return ['scenario.yml'];
  return [];
}

/**
 * Flee: locations are named by routes, closures, conflicts, corrections and the data layout; the
 * layout names the series files and the series that camps (locations.csv) and corrections need;
 * a correction names a row of a series file (its date, whose preceding value must not be 0);
 * sim_period's start date dates the series and corrections.
 */
function fleeReportedIn(file: string): readonly string[] {
  if (file === 'input_csv/locations.csv') return ['input_csv/routes.csv', 'input_csv/closures.csv', 'input_csv/conflicts.csv', 'input_csv/registration_corrections.csv', 'source_data/data_layout.csv'];
  if (file === 'input_csv/sim_period.csv') return ['input_csv/conflicts.csv', 'input_csv/registration_corrections.csv', 'source_data/'];
  if (file === 'source_data/data_layout.csv') return ['input_csv/locations.csv', 'input_csv/registration_corrections.csv'];
  if (file.startsWith('source_data/')) return ['source_data/data_layout.csv', 'input_csv/registration_corrections.csv'];
  return [];
}

const corridor = (name: string): FuzzScenario => ({
  name,
  source: join('scenarios', name),
  extra: [],
  // --days 5 rather than `days: 5` in scenario.yml, whose dated events would then fall outside the run.
  shorten: () => undefined,
  args: ['--days', '5'],
  header: () => true,
  reportedIn: corridorReportedIn,
});

/** Built on use: sharedScenario throws when ../shared is missing. */
export const fuzzScenarios = (): readonly FuzzScenario[] => [
  corridor('example'),
  corridor('western-balkans-2023'),
  {
    name: 'mali2012',
    source: sharedScenario('flee-validation/mali2012'),
    extra: [[sharedScenario('flee-validation/simsetting.yml'), 'simsetting.yml']],
    // Length 5 in the copy's sim_period.csv rather than --days 5, so that mutations of Length take effect.
    shorten: (dir) => {
      const file = join(dir, 'input_csv', 'sim_period.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^Length,\d+/m, 'Length,5'));
    },
    args: [],
    header: (_file, firstLine) => firstLine.startsWith('#'),
    reportedIn: fleeReportedIn,
  },
];

/** Copies the scenario into `dir` (a fresh folder), with its extra files, shortened: the unmutated case folder. */
export function copyScenario(scenario: FuzzScenario, dir: string): void {
  cpSync(resolve(scenario.source), dir, { recursive: true });
  for (const [from, to] of scenario.extra) cpSync(from, join(dir, to));
  scenario.shorten(dir);
}

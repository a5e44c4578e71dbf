/** input_csv/routes.csv (flee-model.md §2.6). */
import { MAX_DISTANCE_KM } from '../domain/inputRanges.js';
import { didYouMean } from '../text/closestName.js';
import { field, isCommentOrBlank, tryReadCsvFile } from './csvRows.js';
import { parseDecimal, parseInteger } from './numbers.js';
import type { ProblemList } from '../errors.js';
import type { RouteRow, Warning } from '../domain/scenario.js';

export const ROUTES_FILE = 'input_csv/routes.csv';

const FIRST_ATTRIBUTE_COLUMN = 4;

export interface RouteReadOptions {
  /** A route from a location to itself: an input error (normal reader) or dropped with a warning. */
  readonly selfLoops: 'error' | 'drop';
}

export function readRoutes(
  dir: string,
  byName: ReadonlyMap<string, number>,
  problems: ProblemList,
  warnings: Warning[],
  options: RouteReadOptions = { selfLoops: 'error' },
): RouteRow[] | undefined {
  const file = ROUTES_FILE;
  const rows = tryReadCsvFile(dir, file, problems);
  if (rows === undefined) return undefined;
  const routes: RouteRow[] = [];
  const pairs: PairSeen = { first: new Map(), repeats: 0 };
  let attributeNames: string[] = [];

  for (const row of rows) {
    if (isCommentOrBlank(row)) {
      if (row.fields.length > FIRST_ATTRIBUTE_COLUMN) {
        attributeNames = row.fields.slice(FIRST_ATTRIBUTE_COLUMN).map((s) => s.trim());
      }
      continue;
    }
    const at = (fieldName: string, expected: string) => ({ file, line: row.line, field: fieldName, expected });
    let ok = true;
    const name1 = field(row, 0);
    const name2 = field(row, 1);
    if (name1 === '') {
      problems.add('empty first field in a non-empty row', at('name1', 'a location name (or a row starting with # for comments)'));
      continue;
    }
    const from = byName.get(name1);
    const to = byName.get(name2);
    for (const [column, name, index] of [['name1', name1, from], ['name2', name2, to]] as const) {
      if (index === undefined) {
        ok = false;
        problems.add(`unknown location "${name}"${didYouMean(name, byName.keys())}`, at(column, 'a name from input_csv/locations.csv'));
      }
    }
    const distance = parseDecimal(field(row, 2));
    if (distance === undefined || distance < 0 || distance > MAX_DISTANCE_KM) {
      ok = false;
      problems.add(`distance "${field(row, 2)}" is not a number from 0 to ${MAX_DISTANCE_KM}`, at('distance', `a length in km, at most the circumference of the Earth (${MAX_DISTANCE_KM})`));
    }
    const forcedText = field(row, 3).trim();
    const forced = forcedText === '' ? 0 : parseInteger(forcedText);
    if (forced !== 0 && forced !== 1 && forced !== 2) {
      ok = false;
      problems.add(`forced_redirection "${field(row, 3)}" is not 0, 1 or 2`, at('forced_redirection', '0, 1, 2 or an empty field'));
    }
    let maxMoveSpeed: number | undefined;
    let walkProbability = 0;
    for (let c = FIRST_ATTRIBUTE_COLUMN; c < row.fields.length; c++) {
      const key = attributeNames[c - FIRST_ATTRIBUTE_COLUMN];
      const value = row.fields[c];
      if (value.trim() === '') continue;
      if (key === 'max_move_speed') {
        maxMoveSpeed = parseDecimal(value);
        if (maxMoveSpeed === undefined || maxMoveSpeed <= 0) {
          ok = false;
          problems.add(`max_move_speed "${value}" is not a number > 0`, at('max_move_speed', 'a speed in km/day > 0'));
        }
      } else if (key === 'walk_probability') {
        const p = parseDecimal(value);
        if (p === undefined || p < 0 || p > 1) {
          ok = false;
          problems.add(`walk_probability "${value}" is not a number in [0, 1]`, at('walk_probability', 'a probability between 0 and 1'));
        } else {
          walkProbability = p;
        }
      } else if (key === undefined || key === '') {
        ok = false;
        problems.add(`column ${c + 1} has a value but no name`, at(`column ${c + 1}`, 'an attribute name for it in a # header row'));
      }
    }
    if (ok && from === to) {
      if (options.selfLoops === 'drop') {
        warnings.push({ message: `route from "${name1}" to itself dropped`, source: { file, line: row.line } });
        continue;
      }
      problems.add(`route from "${name1}" to itself`, at('name2', 'a location other than name1 (self-loops are rejected)'));
      ok = false;
    }
    if (!ok || from === undefined || to === undefined || distance === undefined) continue;
    notePair(pairs, from, to, distance, file, row.line, warnings);
    routes.push({
      from,
      to,
      distanceKm: distance,
      forcedRedirection: forced as 0 | 1 | 2,
      maxMoveSpeed,
      walkProbability,
      source: { file, line: row.line },
    });
  }
  warnings.push(...repeatSummary(pairs, file));
  if (!rows.some((row) => !isCommentOrBlank(row))) {
    problems.add('no routes', { file, expected: 'at least one row "name1,name2,distance" (a network needs links)' });
  }
  return routes;
}

/** Repeated routes named one warning each; the rest are counted in one more warning. */
const MAX_REPEAT_WARNINGS = 10;

interface PairSeen {
  readonly first: Map<string, { line: number; distance: number }>;
  repeats: number;
}

/**
 * A route between two locations already linked is kept, as Flee keeps it (a second link between
 * them), with a warning that gives both distances when they differ (FabFlee folders built from
 * map data have such near-duplicates).
 */
function notePair(pairs: PairSeen, from: number, to: number, distance: number, file: string, line: number, warnings: Warning[]): void {
  const key = from < to ? `${from},${to}` : `${to},${from}`;
  const first = pairs.first.get(key);
  if (first === undefined) {
    pairs.first.set(key, { line, distance });
    return;
  }
  pairs.repeats++;
  if (pairs.repeats > MAX_REPEAT_WARNINGS) return;
  const distances = first.distance === distance ? 'the same distance' : `${distance} km here, ${first.distance} km there`;
  warnings.push({ message: `route repeats line ${first.line} (${distances}); both links are kept, as Flee keeps them`, source: { file, line } });
}

function repeatSummary(pairs: PairSeen, file: string): Warning[] {
  if (pairs.repeats <= MAX_REPEAT_WARNINGS) return [];
  return [{ message: `… and ${pairs.repeats - MAX_REPEAT_WARNINGS} more repeated routes in ${file}` }];
}

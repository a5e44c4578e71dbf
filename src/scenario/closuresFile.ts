/** input_csv/closures.csv (flee-model.md §2.7): `type, name1, name2, start_day, end_day`. */
import { didYouMean } from '../text/closestName.js';
import { field, isCommentOrBlank, tryReadCsvFile } from './csvRows.js';
import { parseInteger } from './numbers.js';
import type { ProblemList } from '../errors.js';
import type { ClosureRow, ClosureType, Warning } from '../domain/scenario.js';

export const CLOSURES_FILE = 'input_csv/closures.csv';

const CLOSURE_TYPES: readonly ClosureType[] = ['country', 'location', 'link', 'camp', 'idpcamp', 'remove_forced_redirection'];

/** What name1 and name2 must name, per type (undefined: not checked). */
const NAME_KINDS: Readonly<Record<ClosureType, readonly ['country' | 'location', 'country' | 'location' | undefined]>> = {
  country: ['country', 'country'],
  location: ['location', undefined],
  link: ['location', 'location'],
  camp: ['location', undefined],
  idpcamp: ['location', undefined],
  remove_forced_redirection: ['location', 'location'],
};

export function readClosures(
  dir: string,
  locationNames: ReadonlyMap<string, number>,
  countries: ReadonlySet<string>,
  problems: ProblemList,
  warnings: Warning[],
): ClosureRow[] | undefined {
  const file = CLOSURES_FILE;
  const rows = tryReadCsvFile(dir, file, problems);
  if (rows === undefined) return undefined;
  const closures: ClosureRow[] = [];
  for (const row of rows) {
    if (isCommentOrBlank(row)) continue;
    const at = (fieldName: string, expected: string) => ({ file, line: row.line, field: fieldName, expected });
    const typeText = field(row, 0);
    if (typeText === '') {
      problems.add('empty first field in a non-empty row', at('closure_type', 'a closure type (or a row starting with # for comments)'));
      continue;
    }
    let ok = true;
    const type = CLOSURE_TYPES.find((t) => t === typeText);
    if (type === undefined) {
      ok = false;
      problems.add(`unknown closure type "${typeText}"${didYouMean(typeText, CLOSURE_TYPES)}`, at('closure_type', `one of ${CLOSURE_TYPES.join(', ')}`));
    }
    const name1 = field(row, 1);
    const name2 = field(row, 2);
    if (type !== undefined) {
      const kinds = NAME_KINDS[type];
      for (const [i, column, name] of [[0, 'name1', name1], [1, 'name2', name2]] as const) {
        const kind = kinds[i];
        if (kind === 'location' && !locationNames.has(name)) {
          ok = false;
          problems.add(`unknown location "${name}"${didYouMean(name, locationNames.keys())}`, at(column, `a location name for a ${type} closure`));
        } else if (kind === 'country' && !countries.has(name)) {
          ok = false;
          problems.add(`unknown country "${name}"${didYouMean(name, countries)}`, at(column, 'a country of input_csv/locations.csv'));
        }
      }
    }
    const startDay = parseInteger(field(row, 3));
    const endDay = parseInteger(field(row, 4));
    if (startDay === undefined) {
      ok = false;
      problems.add(`start day "${field(row, 3)}" is not a whole number`, at('closure_start', 'a whole day number'));
    }
    if (endDay === undefined) {
      ok = false;
      problems.add(`end day "${field(row, 4)}" is not a whole number`, at('closure_end', 'a whole day number, -1 for never'));
    }
    if (!ok || type === undefined || startDay === undefined || endDay === undefined) continue;
    if (endDay >= 0 && endDay < startDay) {
      // FabFlee folders have such rows (e.g. a remove_forced_redirection from day 101 "to" day 0).
      warnings.push({
        message: `closure_end: the closure ends (day ${endDay}) before it starts (day ${startDay}); as in Flee, its end action runs on day ${endDay} and its start action on day ${startDay}, which then stays in force for the rest of the run`,
        source: { file, line: row.line },
      });
    }
    if (type === 'link') {
      // Flee compares the names by object identity: only one-character names ever match (Q3).
      const oneCharacter = name1.length === 1 && name2.length === 1;
      warnings.push({
        message: oneCharacter
          ? `link closure ${name1}<->${name2} acts only on the direction ${name2}->${name1}, as in Flee (Q3)`
          : `link closure ${name1}<->${name2} has no effect in Flee (names compared by identity, Q3); use a 'location' or 'country' closure`,
        source: { file, line: row.line },
      });
    }
    closures.push({ type, name1, name2, startDay, endDay, source: { file, line: row.line } });
  }
  return closures;
}

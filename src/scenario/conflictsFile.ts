/**
 * input_csv/conflicts.csv (flee-model.md §2.5): header `<ignored>, name, name, …`, then one row per
 * day by position (column 0 is ignored), values are intensities.
 */
import { didYouMean } from '../text/closestName.js';
import { tryReadCsvFile } from './csvRows.js';
import { parseDecimal } from './numbers.js';
import type { ProblemList } from '../errors.js';
import type { ConflictTable, Warning } from '../domain/scenario.js';

export const CONFLICTS_FILE = 'input_csv/conflicts.csv';

export function readConflicts(
  dir: string,
  byName: ReadonlyMap<string, number>,
  days: number | undefined,
  problems: ProblemList,
  warnings: Warning[],
): ConflictTable | undefined {
  const file = CONFLICTS_FILE;
  const rows = tryReadCsvFile(dir, file, problems);
  if (rows === undefined) return undefined;
  const nonBlank = rows.filter((r) => r.fields.length > 0);
  const header = nonBlank[0];
  if (header === undefined) {
    problems.add('empty file', { file, expected: 'a header row of location names and one row per day' });
    return undefined;
  }
  // Column of each kept location; a name given twice keeps its last column (later columns win).
  const columnOf = new Map<number, number>();
  for (let c = 1; c < header.fields.length; c++) {
    const name = header.fields[c].trim();
    if (name === '') continue;
    const location = byName.get(name);
    if (location === undefined) {
      warnings.push({
        message: `conflicts.csv names "${name}", which is not a location; column ignored${didYouMean(name, byName.keys())}`,
        source: { file, line: header.line },
      });
      continue;
    }
    if (columnOf.has(location)) {
      warnings.push({ message: `conflicts.csv names "${name}" twice; the later column is used`, source: { file, line: header.line } });
    }
    columnOf.set(location, c);
  }
  const dataRows = nonBlank.slice(1);
  if (days !== undefined && dataRows.length < days) {
    problems.add(`only ${dataRows.length} day rows for a simulation of ${days} days`, {
      file,
      field: 'rows',
      expected: `at least ${days} data rows (Length of input_csv/sim_period.csv), one per day`,
    });
  }
  const locations = [...columnOf.keys()];
  const intensity = locations.map(() => new Float64Array(dataRows.length));
  dataRows.forEach((row, t) => {
    locations.forEach((location, k) => {
      const c = columnOf.get(location) ?? 0;
      const text = c < row.fields.length ? row.fields[c] : undefined;
      const value = text === undefined ? undefined : parseDecimal(text);
      if (value === undefined) {
        problems.add(text === undefined ? 'missing value' : `intensity "${text}" is not a number`, {
          file,
          line: row.line,
          field: header.fields[c].trim(),
          expected: 'a number (conflict intensity, 0 for none)',
        });
        return;
      }
      intensity[k][t] = value;
    });
  });
  return { locations, intensity };
}

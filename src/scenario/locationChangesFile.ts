/**
 * Optional location_changes.csv (flee-model.md §2.10): `name, new_type, day`. Flee looks it up in
 * the working directory, which under FabFlee is the scenario folder, next to simsetting.yml.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../text/closestName.js';
import { field, isCommentOrBlank, tryReadCsvFile } from './csvRows.js';
import { KIND_WORDS, kindOfType } from './locationKind.js';
import { parseInteger } from './numbers.js';
import type { ProblemList } from '../errors.js';
import type { LocationChange } from '../domain/scenario.js';

export const LOCATION_CHANGES_FILE = 'location_changes.csv';

export function readLocationChanges(dir: string, byName: ReadonlyMap<string, number>, problems: ProblemList): LocationChange[] {
  const file = LOCATION_CHANGES_FILE;
  if (!existsSync(join(dir, file))) return [];
  const rows = tryReadCsvFile(dir, file, problems);
  if (rows === undefined) return [];
  const changes: LocationChange[] = [];
  for (const row of rows) {
    if (isCommentOrBlank(row)) continue;
    const at = (fieldName: string, expected: string) => ({ file, line: row.line, field: fieldName, expected });
    const name = field(row, 0);
    const location = byName.get(name);
    const newTypeText = field(row, 1).trim();
    const newKind = kindOfType(newTypeText);
    const day = parseInteger(field(row, 2));
    if (location === undefined) {
      problems.add(`unknown location "${name}"${didYouMean(name, byName.keys())}`, at('name', 'a name from input_csv/locations.csv'));
    }
    if (newKind === undefined) {
      problems.add(`unknown location type "${newTypeText}"${didYouMean(newTypeText, KIND_WORDS)}`, at('new_type', 'a type containing camp, conflict, forward, marker, flood_zone, town or default'));
    }
    if (day === undefined) {
      problems.add(`day "${field(row, 2)}" is not a whole number`, at('day', 'a whole day number'));
    }
    if (location === undefined || newKind === undefined || day === undefined) continue;
    changes.push({ location, newTypeText, newKind, day, source: { file, line: row.line } });
  }
  return changes;
}

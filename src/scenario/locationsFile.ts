/** input_csv/locations.csv (flee-model.md §2.4, §4.2). */
import { MAX_PEOPLE_COUNT } from '../domain/inputRanges.js';
import { didYouMean } from '../text/closestName.js';
import { field, isCommentOrBlank, tryReadCsvFile } from './csvRows.js';
import { KIND_WORDS, kindOfType } from './locationKind.js';
import { parseDecimal, parseInteger } from './numbers.js';
import type { ProblemList } from '../errors.js';
import type { LocationKind, LocationRow } from '../domain/scenario.js';

export const LOCATIONS_FILE = 'input_csv/locations.csv';

/** First column of custom attributes. */
const FIRST_ATTRIBUTE_COLUMN = 8;

/** Custom attributes that change behaviour and must therefore be numbers when given. */
const NUMERIC_ATTRIBUTES: Readonly<Record<string, 'integer' | 'number'>> = {
  conflict_intensity: 'number',
  capacity_per_day: 'integer',
  initial_idps: 'integer',
  farmer_fraction: 'number',
  deactivation_probability: 'number',
  trade_volume: 'number',
  hdi: 'number',
};

export interface LocationTable {
  readonly locations: LocationRow[];
  /** Every name seen (also on rows with problems), to its row index. */
  readonly byName: ReadonlyMap<string, number>;
}

interface Draft extends Omit<LocationRow, 'foreign'> {
  foreign?: boolean;
}

export function readLocations(dir: string, problems: ProblemList): LocationTable | undefined {
  const file = LOCATIONS_FILE;
  const rows = tryReadCsvFile(dir, file, problems);
  if (rows === undefined) return undefined;
  const drafts: Draft[] = [];
  const byName = new Map<string, number>();
  const firstLine = new Map<string, number>();
  let attributeNames: string[] = [];

  for (const row of rows) {
    if (isCommentOrBlank(row)) {
      if (row.fields.length > FIRST_ATTRIBUTE_COLUMN) {
        attributeNames = row.fields.slice(FIRST_ATTRIBUTE_COLUMN).map((s) => s.trim());
      }
      continue;
    }
    const at = (fieldName: string, expected: string) => ({ file, line: row.line, field: fieldName, expected });
    const name = field(row, 0);
    if (name === '') {
      problems.add('empty first field in a non-empty row', at('name', 'a location name (or a row starting with # for comments)'));
      continue;
    }
    const earlier = firstLine.get(name);
    if (earlier !== undefined) {
      problems.add(`duplicate location name "${name}" (first defined on line ${earlier})`, at('name', 'unique location names'));
      continue;
    }
    // Index = ordinal among distinct names, so rows with problems do not shift the others'.
    byName.set(name, firstLine.size);
    firstLine.set(name, row.line);
    let ok = true;

    const typeText = field(row, 5).toLowerCase();
    let kind: LocationKind | undefined = kindOfType(typeText);
    if (kind === undefined) {
      ok = false;
      problems.add(
        `unknown location type "${field(row, 5)}"${didYouMean(field(row, 5), KIND_WORDS)}`,
        at('location_type', 'a type containing camp, conflict, forward, marker, flood_zone, town or default'),
      );
    }
    if (kind === 'conflict_zone') {
      const conflictDate = parseInteger(field(row, 6));
      if (conflictDate === undefined) {
        ok = false;
        problems.add(`conflict_date "${field(row, 6)}" is not a whole number`, at('conflict_date', 'a whole number for a conflict location'));
      } else if (conflictDate > 0) {
        kind = 'town';
      }
    }
    const x = optionalDecimal(field(row, 3));
    const y = optionalDecimal(field(row, 4));
    if (x === undefined) {
      ok = false;
      problems.add(`"${field(row, 3)}" is not a number`, at('x (column 4)', 'a number or an empty field'));
    }
    if (y === undefined) {
      ok = false;
      problems.add(`"${field(row, 4)}" is not a number`, at('y (column 5)', 'a number or an empty field'));
    }
    const columnSeven = field(row, 7).trim() === '' ? 0 : parseInteger(field(row, 7));
    const popName = kind === 'camp' || kind === 'idpcamp' ? 'capacity' : 'population';
    if (columnSeven === undefined || columnSeven < 0 || columnSeven > MAX_PEOPLE_COUNT) {
      ok = false;
      problems.add(`${popName} "${field(row, 7)}" is not a whole number from 0 to ${MAX_PEOPLE_COUNT}`, at(popName, `a whole number from 0 to ${MAX_PEOPLE_COUNT} or an empty field`));
    }

    const attributes: Record<string, string> = {};
    for (let c = FIRST_ATTRIBUTE_COLUMN; c < row.fields.length; c++) {
      const key = attributeNames[c - FIRST_ATTRIBUTE_COLUMN];
      const value = row.fields[c];
      if (key === undefined || key === '') {
        if (value.trim() !== '') {
          ok = false;
          problems.add(`column ${c + 1} has a value but no name`, at(`column ${c + 1}`, 'an attribute name for it in a # header row'));
        }
        continue;
      }
      attributes[key] = value;
      const numeric = NUMERIC_ATTRIBUTES[key];
      if (numeric !== undefined && value.trim() !== '') {
        const parsed = numeric === 'integer' ? parseInteger(value) : parseDecimal(value);
        if (parsed === undefined) {
          ok = false;
          problems.add(`"${value}" is not a number`, at(key, numeric === 'integer' ? 'a whole number' : 'a number'));
        }
      }
    }
    if (!ok || kind === undefined || x === undefined || y === undefined || columnSeven === undefined) continue;

    const intensityText = attributes.conflict_intensity ?? '';
    drafts.push({
      index: drafts.length,
      name,
      region: field(row, 1) === '' ? 'unknown' : field(row, 1),
      country: field(row, 2) === '' ? 'unknown' : field(row, 2),
      x,
      y,
      typeText,
      kind,
      populationOrCapacity: columnSeven,
      conflictIntensity: kind === 'conflict_zone' && intensityText.trim() !== '' ? Number(intensityText) : 1.0,
      attributes,
      source: { file, line: row.line },
    });
  }
  if (drafts.length === 0 && firstLine.size === 0) {
    problems.add('no locations', { file, expected: 'at least one data row' });
  }
  const home = drafts.length > 0 ? drafts[0].country : '';
  const locations: LocationRow[] = drafts.map((d) => ({ ...d, foreign: d.country !== home }));
  return { locations, byName };
}

function optionalDecimal(text: string): number | undefined {
  return text.trim() === '' ? 0 : parseDecimal(text);
}

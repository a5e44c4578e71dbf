/**
 * The three CSV files of a corridor scenario (docs/scenario-format.md): locations, links and
 * arrivals, read by header name. Problems are collected with file, line and column.
 */
import { parseDecimal } from '../numbers.js';
import { field, isCommentOrBlank, tryReadCsvFile } from '../csvRows.js';
import type { CsvRow } from '../csvRows.js';
import { parseIsoDay } from '../../domain/dates.js';
import { MAX_DISTANCE_KM, MAX_PEOPLE_COUNT } from '../../domain/inputRanges.js';
import type { ProblemList } from '../../errors.js';
import { closestName } from '../../text/closestName.js';
import { CORRIDOR_KINDS } from '../../domain/corridor.js';
import type { CorridorKind } from '../../domain/corridor.js';

export interface CorridorLocationRow {
  readonly name: string;
  readonly country: string;
  readonly kind: CorridorKind;
  readonly lat: number;
  readonly lon: number;
  readonly capacity: number; // -1 when not given
  readonly overflowName: string; // '' when none
  readonly source: string;
  readonly line: number;
}

export interface CorridorLinkRow {
  readonly from: number;
  readonly to: number;
  readonly km: number;
  readonly border: boolean;
  readonly source: string;
  readonly line: number;
}

export interface ArrivalRow {
  readonly startDay: number; // days since 1970
  readonly endDay: number;
  readonly count: number;
  readonly entry: number; // -1: split by shares
  readonly source: string;
  readonly line: number;
}

/** Data rows of a CSV with a header, as maps from column name to text (undefined: file problem). */
function readTable(
  dir: string,
  file: string,
  required: readonly string[],
  optional: readonly string[],
  problems: ProblemList,
): { rows: CsvRow[]; col: Map<string, number> } | undefined {
  const all = tryReadCsvFile(dir, file, problems);
  if (all === undefined) return undefined;
  const rows = all.filter((r) => !isCommentOrBlank(r));
  if (rows.length === 0) {
    problems.add('empty file', { file, expected: `a header row with ${required.join(',')}` });
    return undefined;
  }
  const header = rows[0];
  const col = new Map<string, number>();
  header.fields.forEach((h, i) => col.set(h.trim().toLowerCase(), i));
  let ok = true;
  for (const name of required) {
    if (!col.has(name)) {
      problems.add(`missing column "${name}"`, { file, line: header.line, expected: `a header with the columns ${required.join(', ')} (optional: ${optional.join(', ')})` });
      ok = false;
    }
  }
  for (const name of col.keys()) {
    if (!required.includes(name) && !optional.includes(name)) {
      const near = closestName(name, [...required, ...optional]);
      problems.add(`unknown column "${name}"${near === undefined ? '' : ` (did you mean "${near}"?)`}`, { file, line: header.line, expected: `columns among ${[...required, ...optional].join(', ')}` });
      ok = false;
    }
  }
  return ok ? { rows: rows.slice(1), col } : undefined;
}

function cell(row: CsvRow, col: Map<string, number>, name: string): string {
  const i = col.get(name);
  return i === undefined ? '' : field(row, i).trim();
}

function requiredSource(row: CsvRow, col: Map<string, number>, file: string, known: ReadonlySet<string>, problems: ProblemList): string {
  const s = cell(row, col, 'source');
  if (s === '') problems.add('missing source', { file, line: row.line, field: 'source', expected: 'a key of the sources: map of scenario.yml, "assumption", or a citation text' });
  void known;
  return s;
}

export function readCorridorLocations(dir: string, file: string, sources: ReadonlySet<string>, problems: ProblemList): CorridorLocationRow[] | undefined {
  const t = readTable(dir, file, ['name', 'country', 'kind', 'lat', 'lon', 'source'], ['capacity', 'overflow', 'notes'], problems);
  if (t === undefined) return undefined;
  const out: CorridorLocationRow[] = [];
  const seen = new Map<string, number>();
  for (const row of t.rows) {
    const name = cell(row, t.col, 'name');
    const at = (f: string) => ({ file, line: row.line, field: f });
    if (name === '') {
      problems.add('empty name', { ...at('name'), expected: 'a location name' });
      continue;
    }
    if (seen.has(name)) problems.add(`duplicate location "${name}" (first on line ${seen.get(name)})`, { ...at('name'), expected: 'each name once' });
    seen.set(name, row.line);
    const kindText = cell(row, t.col, 'kind');
    const kind = CORRIDOR_KINDS.find((k) => k === kindText);
    if (kind === undefined) problems.add(`unknown kind "${kindText}"`, { ...at('kind'), expected: `one of ${CORRIDOR_KINDS.join(', ')}` });
    const lat = parseDecimal(cell(row, t.col, 'lat'));
    const lon = parseDecimal(cell(row, t.col, 'lon'));
    if (lat === undefined || lat < -90 || lat > 90) problems.add(`latitude "${cell(row, t.col, 'lat')}" is not a number in [-90, 90]`, { ...at('lat'), expected: 'decimal degrees' });
    if (lon === undefined || lon < -180 || lon > 180) problems.add(`longitude "${cell(row, t.col, 'lon')}" is not a number in [-180, 180]`, { ...at('lon'), expected: 'decimal degrees' });
    const country = cell(row, t.col, 'country');
    if (country === '') problems.add('empty country', { ...at('country'), expected: 'a country code or name' });
    const capText = cell(row, t.col, 'capacity');
    let capacity = -1;
    if (capText !== '') {
      const c = Number(capText);
      if (!/^\d+$/.test(capText) || !Number.isSafeInteger(c) || c > MAX_PEOPLE_COUNT) problems.add(`capacity "${capText}" is not a whole number from 0 to ${MAX_PEOPLE_COUNT}`, { ...at('capacity'), expected: 'places in the centre' });
      else capacity = c;
    }
    if (kind === 'reception' && capText === '') problems.add('a reception centre needs a capacity', { ...at('capacity'), expected: 'places in the centre (a whole number)' });
    if (kind !== undefined && kind !== 'reception' && capText !== '') problems.add(`capacity given for a location of kind ${kind}`, { ...at('capacity'), expected: 'capacity only for kind reception' });
    out.push({
      name,
      country,
      kind: kind ?? 'transit',
      lat: lat ?? 0,
      lon: lon ?? 0,
      capacity,
      overflowName: cell(row, t.col, 'overflow'),
      source: requiredSource(row, t.col, file, sources, problems),
      line: row.line,
    });
  }
  if (out.length === 0) problems.add('no locations', { file, expected: 'at least one data row' });
  return out;
}

export function lookupLocation(
  name: string,
  byName: ReadonlyMap<string, number>,
  problems: ProblemList,
  where: { file: string; line?: number; field: string },
): number {
  const i = byName.get(name);
  if (i !== undefined) return i;
  const near = closestName(name, byName.keys());
  problems.add(`unknown location "${name}"${near === undefined ? '' : ` (did you mean "${near}"?)`}`, { ...where, expected: 'a name from locations.csv' });
  return -1;
}

export function readCorridorLinks(dir: string, file: string, byName: ReadonlyMap<string, number>, sources: ReadonlySet<string>, problems: ProblemList): CorridorLinkRow[] | undefined {
  const t = readTable(dir, file, ['from', 'to', 'km', 'kind', 'source'], ['notes'], problems);
  if (t === undefined) return undefined;
  const out: CorridorLinkRow[] = [];
  const pairs = new Map<string, number>();
  for (const row of t.rows) {
    const at = (f: string) => ({ file, line: row.line, field: f });
    const from = lookupLocation(cell(row, t.col, 'from'), byName, problems, at('from'));
    const to = lookupLocation(cell(row, t.col, 'to'), byName, problems, at('to'));
    const kmText = cell(row, t.col, 'km');
    const km = parseDecimal(kmText);
    if (km === undefined || km <= 0 || km > MAX_DISTANCE_KM) problems.add(`distance "${kmText}" is not a number > 0 and <= ${MAX_DISTANCE_KM}`, { ...at('km'), expected: `kilometres, at most the circumference of the Earth (${MAX_DISTANCE_KM})` });
    const kind = cell(row, t.col, 'kind');
    if (kind !== 'road' && kind !== 'border') problems.add(`unknown link kind "${kind}"`, { ...at('kind'), expected: 'road or border' });
    if (from >= 0 && from === to) problems.add('a link from a location to itself', { ...at('to'), expected: 'two different locations' });
    if (from >= 0 && to >= 0) {
      const key = from < to ? `${from},${to}` : `${to},${from}`;
      const first = pairs.get(key);
      if (first !== undefined) problems.add(`duplicate link (first on line ${first})`, { ...at('to'), expected: 'each pair of locations linked once' });
      pairs.set(key, row.line);
    }
    out.push({ from, to, km: km ?? 1, border: kind === 'border', source: requiredSource(row, t.col, file, sources, problems), line: row.line });
  }
  return out;
}

export function readArrivals(dir: string, file: string, byName: ReadonlyMap<string, number>, entries: ReadonlySet<number>, sources: ReadonlySet<string>, problems: ProblemList): ArrivalRow[] | undefined {
  const t = readTable(dir, file, ['date_start', 'date_end', 'count', 'source'], ['entry', 'notes'], problems);
  if (t === undefined) return undefined;
  const out: ArrivalRow[] = [];
  for (const row of t.rows) {
    const at = (f: string) => ({ file, line: row.line, field: f });
    const start = parseIsoDay(cell(row, t.col, 'date_start'));
    const end = parseIsoDay(cell(row, t.col, 'date_end'));
    if (start === undefined) problems.add(`"${cell(row, t.col, 'date_start')}" is not a date`, { ...at('date_start'), expected: 'YYYY-MM-DD' });
    if (end === undefined) problems.add(`"${cell(row, t.col, 'date_end')}" is not a date`, { ...at('date_end'), expected: 'YYYY-MM-DD' });
    if (start !== undefined && end !== undefined && end < start) problems.add('the period ends before it starts', { ...at('date_end'), expected: 'date_end >= date_start' });
    const countText = cell(row, t.col, 'count');
    const count = parseDecimal(countText);
    if (count === undefined || count < 0 || count > MAX_PEOPLE_COUNT) problems.add(`count "${countText}" is not a number from 0 to ${MAX_PEOPLE_COUNT}`, { ...at('count'), expected: 'people arriving over the period' });
    const entryName = cell(row, t.col, 'entry');
    let entry = -1;
    if (entryName !== '') {
      entry = lookupLocation(entryName, byName, problems, at('entry'));
      if (entry >= 0 && !entries.has(entry)) problems.add(`"${entryName}" is not an entry location`, { ...at('entry'), expected: 'a location of kind entry' });
    }
    out.push({ startDay: start ?? 0, endDay: end ?? 0, count: count ?? 0, entry, source: requiredSource(row, t.col, file, sources, problems), line: row.line });
  }
  for (let i = 0; i < out.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = out[i];
      const b = out[j];
      if (a.entry === b.entry && a.startDay <= b.endDay && b.startDay <= a.endDay) {
        problems.add(`period overlaps the row on line ${b.line} for the same entry`, { file, line: a.line, field: 'date_start', expected: 'periods of one entry that do not overlap' });
      }
    }
  }
  return out;
}

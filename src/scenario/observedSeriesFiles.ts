/**
 * Observed series: source_data/data_layout.csv, the series files it names (flee-model.md §2.8),
 * and input_csv/registration_corrections.csv (§2.9).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../text/closestName.js';
import { field, isCommentOrBlank, tryReadCsvFile, type CsvRow } from './csvRows.js';
import { formatIsoDay, parseIsoDay } from '../domain/dates.js';
import { isCampKind } from './locationKind.js';
import { MAX_PEOPLE_COUNT } from '../domain/inputRanges.js';
import { parseInteger } from './numbers.js';
import type { ProblemList } from '../errors.js';
import { mergeSeriesFiles, type DayValue } from '../domain/seriesMerge.js';
import type { LocationRow, ObservedSeries, RegistrationCorrection, SeriesFile, SeriesPoint, Warning } from '../domain/scenario.js';

export const DATA_LAYOUT_FILE = 'source_data/data_layout.csv';
export const CORRECTIONS_FILE = 'input_csv/registration_corrections.csv';

export interface ObservedData {
  readonly series: ObservedSeries[];
  /** Merged table of each series (raw counts), as the corrections see it. */
  readonly merged: (DayValue[] | undefined)[];
}

export function readObservedSeries(
  dir: string,
  locations: readonly LocationRow[],
  byName: ReadonlyMap<string, number>,
  startDay: number,
  problems: ProblemList,
  warnings: Warning[],
): ObservedData | undefined {
  const layoutFile = DATA_LAYOUT_FILE;
  const rows = tryReadCsvFile(dir, layoutFile, problems);
  if (rows === undefined) return undefined;
  const series: ObservedSeries[] = [];
  const merged: (DayValue[] | undefined)[] = [];
  const lineOfName = new Map<string, number>();

  for (const row of rows) {
    if (isCommentOrBlank(row) || row.fields.length < 2) continue;
    const at = (fieldName: string, expected: string) => ({ file: layoutFile, line: row.line, field: fieldName, expected });
    const name = field(row, 0);
    if (name === '') {
      problems.add('empty first field in a non-empty row', at('series_name', 'a series name'));
      continue;
    }
    if (series.length === 0 && lineOfName.size === 0 && name.trim().toLowerCase() !== 'total') {
      problems.add(`first series is "${name}", not the national total`, at('series_name', 'the first row to be "total,<file>" (e.g. total,refugees.csv)'));
    }
    const earlier = lineOfName.get(name);
    if (earlier !== undefined) {
      problems.add(`series "${name}" is listed twice (first on line ${earlier})`, at('series_name', 'one row per series'));
      continue;
    }
    lineOfName.set(name, row.line);
    const fileNames = row.fields.slice(1).map((f) => f.trim()).filter((f) => f !== '');
    if (fileNames.length === 0) {
      problems.add(`series "${name}" names no file`, at('file', 'at least one series file name'));
      continue;
    }
    const files: SeriesFile[] = [];
    let ok = true;
    fileNames.forEach((fileName, k) => {
      const rel = `source_data/${fileName}`;
      if (!existsSync(join(dir, rel))) {
        ok = false;
        problems.add(`series file ${rel} not found`, at(`file ${k + 1}`, `a file at ${join(dir, rel)}`));
        return;
      }
      const fileRows = tryReadCsvFile(dir, rel, problems);
      const points = fileRows === undefined ? undefined : readSeriesPoints(fileRows, rel, startDay, problems, warnings);
      if (points === undefined) ok = false;
      else files.push({ file: rel, points });
    });
    const location = byName.get(name) ?? -1;
    series.push({ name, location, files, source: { file: layoutFile, line: row.line } });
    if (!ok) {
      merged.push(undefined);
      continue;
    }
    const result = mergeSeriesFiles(files.map((f) => f.points));
    if (!result.ok) {
      problems.add(
        `${files[result.fileIndex].file} starts on ${formatIsoDay(startDay + result.bDay)}, after ${formatIsoDay(startDay + result.aDay)}, the first date of the files before it`,
        at(`file ${result.fileIndex + 1}`, 'each further file of a multi-file series to start no later than the first (Flee crashes otherwise, Q14)'),
      );
      merged.push(undefined);
    } else {
      merged.push(result.rows);
    }
  }
  if (series.length === 0 && lineOfName.size === 0) {
    problems.add('no series', { file: layoutFile, expected: 'rows "total,<file>" then "<camp>,<file>"' });
  }
  for (const loc of locations) {
    if (isCampKind(loc.kind) && !lineOfName.has(loc.name)) {
      problems.add(`camp "${loc.name}" has no observed series`, {
        file: loc.source.file,
        line: loc.source.line,
        field: 'name',
        expected: `a row "${loc.name},<file>" in ${layoutFile}`,
      });
    }
  }
  return { series, merged };
}

/**
 * Rows of one series file, per the skip rules of §2.8; undefined after recording problems.
 * Rows stay in file order, as Flee keeps them: a date that is not later than the row before is
 * a warning, not an error (Flee reads such files; see interpolateAt for what it then computes).
 */
export function readSeriesPoints(
  rows: readonly CsvRow[],
  file: string,
  startDay: number,
  problems: ProblemList,
  warnings: Warning[],
): SeriesPoint[] | undefined {
  const points: SeriesPoint[] = [];
  const lineOfDay = new Map<number, number>();
  let ok = true;
  let previousLine = 0;
  rows.forEach((row, k) => {
    const first = field(row, 0);
    if (k === 0 && (row.fields.length === 0 || first === '' || first === 'Date' || first === 'DateTime' || first.startsWith('#'))) return;
    if (first.startsWith('#') || row.fields.length < 2 || field(row, 1).trim() === '') return;
    const at = (fieldName: string, expected: string) => ({ file, line: row.line, field: fieldName, expected });
    const date = parseIsoDay(first);
    const count = parseInteger(field(row, 1));
    if (date === undefined) {
      ok = false;
      problems.add(`bad date "${first}"`, at('date', 'a date YYYY-MM-DD'));
    }
    if (count === undefined || count < 0 || count > MAX_PEOPLE_COUNT) {
      ok = false;
      problems.add(`count "${field(row, 1)}" is not a whole number from 0 to ${MAX_PEOPLE_COUNT}`, at('count', `a whole number of people from 0 to ${MAX_PEOPLE_COUNT}`));
    }
    if (date === undefined || count === undefined) return;
    const day = date - startDay;
    const previous = points[points.length - 1];
    if (previous !== undefined && day <= previous.day) {
      warnings.push({ message: outOfOrderWarning(formatIsoDay(date), formatIsoDay(startDay + previous.day), previousLine, lineOfDay.get(day)), source: { file, line: row.line } });
    }
    points.push({ day, count });
    if (!lineOfDay.has(day)) lineOfDay.set(day, row.line);
    previousLine = row.line;
  });
  if (ok && points.length === 0) {
    problems.add('no data rows', { file, expected: 'at least one row "YYYY-MM-DD,<count>"' });
    return undefined;
  }
  return ok ? points : undefined;
}

function outOfOrderWarning(date: string, previousDate: string, previousLine: number, sameDateLine: number | undefined): string {
  const what = sameDateLine !== undefined ? `date ${date} repeats line ${sameDateLine}` : `date ${date} is before ${previousDate} (line ${previousLine})`;
  return `${what}; rows are used in file order, as Flee does (between dates, the first later-dated row and the row before it are interpolated)`;
}

/**
 * Registration corrections (§2.9). Rows dated before the start are dropped. The date must be a
 * row of the merged series other than its first, and the row before it must not be 0 (Flee
 * divides by it). Corrections are replayed on the raw counts to check that divisor.
 */
export function readCorrections(
  dir: string,
  data: ObservedData,
  startDay: number,
  problems: ProblemList,
): RegistrationCorrection[] {
  const file = CORRECTIONS_FILE;
  if (!existsSync(join(dir, file))) return [];
  const rows = tryReadCsvFile(dir, file, problems);
  if (rows === undefined) return [];
  const indexOf = new Map(data.series.map((s, i) => [s.name, i]));
  const values = data.merged.map((m) => m?.map((r) => r.count));
  const corrections: RegistrationCorrection[] = [];
  for (const row of rows) {
    if (isCommentOrBlank(row)) continue;
    const at = (fieldName: string, expected: string) => ({ file, line: row.line, field: fieldName, expected });
    const name = field(row, 0);
    const seriesIndex = indexOf.get(name);
    const date = parseIsoDay(field(row, 1));
    if (seriesIndex === undefined) {
      problems.add(`unknown series "${name}"${didYouMean(name, indexOf.keys())}`, at('series_name', `a series name of ${DATA_LAYOUT_FILE}`));
    }
    if (date === undefined) {
      problems.add(`bad date "${field(row, 1)}"`, at('date', 'a date YYYY-MM-DD'));
    }
    if (seriesIndex === undefined || date === undefined) continue;
    const day = date - startDay;
    if (day < 0) continue;
    const table = data.merged[seriesIndex];
    const v = values[seriesIndex];
    if (table === undefined || v === undefined) continue; // the series itself already has a problem
    const i = table.findIndex((r) => r.day === day);
    const seriesFiles = data.series[seriesIndex].files.map((f) => f.file).join(' + ');
    if (i < 0) {
      problems.add(`${field(row, 1).trim()} is not a date of series "${name}" (${seriesFiles})`, at('date', 'the date of a row of that series (Q21)'));
      continue;
    }
    if (i === 0) {
      problems.add(`${field(row, 1).trim()} is the first row of series "${name}"`, at('date', 'a later row of that series: earlier rows are rescaled by the ratio to the row before'));
      continue;
    }
    if (v[i - 1] === 0) {
      problems.add(`series "${name}" is 0 on the row before ${field(row, 1).trim()}, so the rescaling ratio is undefined`, at('date', 'a date whose preceding row is not 0'));
      continue;
    }
    const ratio = v[i] / v[i - 1];
    for (let k = 0; k < i; k++) v[k] *= ratio;
    corrections.push({ series: seriesIndex, day, source: { file, line: row.line } });
  }
  return corrections;
}

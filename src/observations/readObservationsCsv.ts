/**
 * Reads an observations CSV:
 * ```
 * date_start,date_end,place,metric,value,uncertainty,source
 * 2012-06-01,,Mbera,camp,62000,high,UNHCR
 * 2015-09-01,2015-09-30,Horgos->Roszke,detections,41000,0.2,Frontex monthly
 * ```
 * Columns are found by their header names (any order; extra columns are ignored). `date_end`
 * empty means the single day `date_start`. `uncertainty` is a relative standard deviation (> 0)
 * or a source-quality word (quality.ts); empty means `medium`. Every problem found is reported
 * with file, line, field and what was expected; the file is refused as a whole.
 */
import { readFileSync } from 'node:fs';
import { findMetric, metricNames, placeParts } from './metrics.js';
import { DEFAULT_QUALITY, SOURCE_QUALITY } from './quality.js';
import type { Observation, ObservationContext } from './types.js';
import { InputError, ProblemList } from '../errors.js';
import { field, isCommentOrBlank, parseCsv, type CsvRow } from '../scenario/csvRows.js';
import { formatIsoDay, parseIsoDay } from '../domain/dates.js';
import { parseDecimal } from '../scenario/numbers.js';
import { didYouMean } from '../text/closestName.js';

export const OBSERVATION_COLUMNS = ['date_start', 'date_end', 'place', 'metric', 'value', 'uncertainty', 'source'] as const;
type Column = (typeof OBSERVATION_COLUMNS)[number];

export function readObservationsFile(path: string, context: ObservationContext): Observation[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'unreadable';
    throw new InputError(`cannot read the observations file (${code})`, { file: path, expected: 'a readable CSV file' });
  }
  return parseObservationsCsv(text, path, context);
}

export function parseObservationsCsv(text: string, file: string, context: ObservationContext): Observation[] {
  const rows = parseCsv(text, file).filter((r) => !isCommentOrBlank(r));
  const problems = new ProblemList();
  if (rows.length === 0) {
    throw new InputError('the file has no header row', { file, expected: `a header ${OBSERVATION_COLUMNS.join(',')}` });
  }
  const header = rows[0];
  const position = new Map<string, number>(header.fields.map((f, i) => [f.trim().toLowerCase(), i]));
  const missing = OBSERVATION_COLUMNS.filter((c) => !position.has(c));
  if (missing.length > 0) {
    throw new InputError(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, {
      file,
      line: header.line,
      field: 'header',
      expected: `the columns ${OBSERVATION_COLUMNS.join(',')} (any order)`,
    });
  }
  const startDay0 = parseIsoDay(context.startDate);
  if (startDay0 === undefined) throw new Error(`observation context has a bad start date ${context.startDate}`);
  const lastDate = formatIsoDay(startDay0 + context.days - 1);
  const observations: Observation[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.slice(1)) {
    const o = readRow(row, (c) => field(row, position.get(c)!).trim(), { file, context, startDay0, lastDate, problems });
    if (o === undefined) continue;
    const key = `${o.metric}|${o.place}|${o.startDay}|${o.endDay}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.add(`the same metric, place and dates as line ${earlier}`, { file, line: row.line, field: 'date_start', expected: 'one observation per metric, place and period' });
      continue;
    }
    seen.set(key, row.line);
    observations.push(o);
  }
  problems.throwIfAny();
  if (observations.length === 0) throw new InputError('no observations', { file, expected: 'at least one data row after the header' });
  return observations;
}

interface RowContext {
  readonly file: string;
  readonly context: ObservationContext;
  readonly startDay0: number;
  readonly lastDate: string;
  readonly problems: ProblemList;
}

function readRow(row: CsvRow, get: (c: Column) => string, r: RowContext): Observation | undefined {
  const at = (f: Column, expected: string) => ({ file: r.file, line: row.line, field: f, expected });
  const before = r.problems.count;
  const runDates = `a date from ${r.context.startDate} to ${r.lastDate} (the simulated period)`;

  const startText = get('date_start');
  const endText = get('date_end') === '' ? startText : get('date_end');
  const start = parseIsoDay(startText);
  const end = parseIsoDay(endText);
  if (start === undefined) r.problems.add(`"${startText}" is not a date`, at('date_start', 'a date YYYY-MM-DD'));
  if (end === undefined && get('date_end') !== '') r.problems.add(`"${endText}" is not a date`, at('date_end', 'a date YYYY-MM-DD or nothing'));
  if (start !== undefined && end !== undefined) {
    if (end < start) r.problems.add(`${endText} is before date_start ${startText}`, at('date_end', 'a date on or after date_start'));
    else if (start < r.startDay0 || end > r.startDay0 + r.context.days - 1) {
      const last = r.startDay0 + r.context.days - 1;
      const which = start < r.startDay0 || start > last ? 'date_start' : 'date_end';
      r.problems.add(`${which === 'date_start' ? startText : endText} is outside the run`, at(which, runDates));
    }
  }

  const metricName = get('metric');
  const metric = findMetric(metricName);
  if (metric === undefined) {
    r.problems.add(`unknown metric "${metricName}"${didYouMean(metricName, metricNames())}`, at('metric', `one of ${metricNames().join(', ')}`));
  }
  const place = get('place');
  if (metric !== undefined) {
    const places = metric.places(r.context);
    const { unknown } = placeParts(metric, place, places);
    for (const part of unknown) {
      const several = metric.combinable === true ? `; several are written "a + b", all of them "*"` : '';
      const expected = places.length === 0 ? `a ${metric.placeKind}, but this scenario has none` : `a ${metric.placeKind} of the scenario (${preview(places)})${several}`;
      r.problems.add(`unknown ${metric.placeKind} "${part}"${didYouMean(part, places)}`, at('place', expected));
    }
  }

  const valueText = get('value');
  const value = parseDecimal(valueText);
  if (value === undefined) r.problems.add(`"${valueText}" is not a number`, at('value', 'a count >= 0'));
  else if (value < 0) r.problems.add(`${valueText} is negative`, at('value', 'a count >= 0'));

  const uncertainty = readUncertainty(get('uncertainty'), (problem) =>
    r.problems.add(problem, at('uncertainty', `a relative standard deviation > 0 (0.1 = 10%) or a source quality: ${Object.keys(SOURCE_QUALITY).join(', ')}`)),
  );

  if (r.problems.count > before || start === undefined || end === undefined || value === undefined || uncertainty === undefined) return undefined;
  return {
    metric: metricName,
    place,
    startDay: start - r.startDay0,
    endDay: end - r.startDay0,
    value,
    uncertainty,
    source: get('source'),
    origin: { file: r.file, line: row.line },
  };
}

function readUncertainty(text: string, problem: (message: string) => void): number | undefined {
  const word = text === '' ? DEFAULT_QUALITY : text.toLowerCase();
  if (Object.hasOwn(SOURCE_QUALITY, word)) return SOURCE_QUALITY[word];
  const n = parseDecimal(text);
  if (n === undefined) {
    problem(`"${text}" is neither a number nor a source quality`);
    return undefined;
  }
  if (!(n > 0)) {
    problem(`${text} is not above 0`);
    return undefined;
  }
  return n;
}

function preview(names: readonly string[]): string {
  return names.length <= 6 ? names.join(', ') : `${names.slice(0, 6).join(', ')}, … ${names.length} in all`;
}

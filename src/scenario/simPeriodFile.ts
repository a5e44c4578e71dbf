/** input_csv/sim_period.csv (flee-model.md §2.3): `StartDate,YYYY-MM-DD` and `Length,<days>`. */
import { MAX_RUN_DAYS } from '../domain/inputRanges.js';
import { tryReadCsvFile } from './csvRows.js';
import { formatIsoDay, parseIsoDay } from '../domain/dates.js';
import { parseInteger } from './numbers.js';
import type { ProblemList } from '../errors.js';

export const SIM_PERIOD_FILE = 'input_csv/sim_period.csv';

export interface SimPeriod {
  /** ISO date of day 0. */
  readonly startDate: string;
  /** Day number (days since 1970-01-01) of day 0. */
  readonly startDay: number;
  readonly days: number;
}

export function readSimPeriod(dir: string, problems: ProblemList): SimPeriod | undefined {
  const file = SIM_PERIOD_FILE;
  const rows = tryReadCsvFile(dir, file, problems);
  if (rows === undefined) return undefined;
  let startDay: number | undefined;
  let days: number | undefined;
  let ok = true;
  for (const row of rows) {
    if (row.fields.length === 0) continue;
    const key = row.fields[0].trim().toLowerCase();
    const value = row.fields[1] ?? '';
    if (key === 'startdate') {
      startDay = parseIsoDay(value);
      if (startDay === undefined) {
        ok = false;
        problems.add(`bad date "${value}"`, { file, line: row.line, field: 'StartDate', expected: 'a date YYYY-MM-DD' });
      }
    } else if (key === 'length') {
      days = parseInteger(value);
      if (days === undefined || days < 1 || days > MAX_RUN_DAYS) {
        ok = false;
        days = undefined;
        problems.add(`bad length "${value}"`, { file, line: row.line, field: 'Length', expected: `a whole number of days from 1 to ${MAX_RUN_DAYS}` });
      }
    }
  }
  if (ok && startDay === undefined) {
    problems.add('no StartDate row', { file, field: 'StartDate', expected: 'a row "StartDate,YYYY-MM-DD"' });
  }
  if (ok && days === undefined) {
    problems.add('no Length row', { file, field: 'Length', expected: 'a row "Length,<number of days>"' });
  }
  if (startDay === undefined || days === undefined) return undefined;
  return { startDate: formatIsoDay(startDay), startDay, days };
}

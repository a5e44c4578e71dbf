/** The period of a corridor scenario: `start_date:` and either `days:` or `end_date:` (inclusive). */
import { parseIsoDay } from '../../domain/dates.js';
import { MAX_RUN_DAYS } from '../../domain/inputRanges.js';
import type { YamlFields } from './yamlFields.js';
import type { ReadNumber } from './yamlNumbers.js';

export interface ScenarioPeriod {
  /** Days since 1970; undefined when missing or not a date (a problem is recorded). */
  readonly startDay: number | undefined;
  /** Length of the run in days; undefined when it cannot be known (a problem is recorded). */
  readonly days: number | undefined;
}

export function readPeriod(y: YamlFields, num: ReadNumber): ScenarioPeriod {
  const startText = y.string(['start_date'], true);
  const startDay = startText === undefined ? undefined : parseIsoDay(startText);
  if (startText !== undefined && startDay === undefined) y.problem(['start_date'], `"${startText}" is not a date`, 'YYYY-MM-DD');
  if (y.get(['days']) !== undefined) {
    const before = y.problems.count;
    const days = num(['days'], { integer: true, min: 1, max: MAX_RUN_DAYS, required: true });
    const known = y.problems.count === before;
    if (y.get(['end_date']) !== undefined) y.problem(['end_date'], 'both days and end_date given', 'one of them');
    return { startDay, days: known ? days : undefined };
  }
  return { startDay, days: daysToEndDate(y, startDay) };
}

function daysToEndDate(y: YamlFields, startDay: number | undefined): number | undefined {
  const endText = y.string(['end_date'], false);
  if (endText === undefined) {
    y.problem(['days'], 'missing', 'days (a whole number) or end_date (YYYY-MM-DD)');
    return undefined;
  }
  const endDay = parseIsoDay(endText);
  if (endDay === undefined) y.problem(['end_date'], `"${endText}" is not a date`, 'YYYY-MM-DD');
  else if (startDay !== undefined && endDay < startDay) y.problem(['end_date'], 'ends before start_date', 'an end_date on or after start_date');
  else if (startDay !== undefined && endDay - startDay + 1 > MAX_RUN_DAYS) y.problem(['end_date'], `${endDay - startDay + 1} days after start_date`, `an end_date at most ${MAX_RUN_DAYS} days (100 years) after start_date`);
  else if (startDay !== undefined) return endDay - startDay + 1;
  return undefined;
}

/**
 * The warm start of a corridor scenario: `burn_in:` of scenario.yml, days simulated before
 * start_date from arrivals but neither reported nor compared (docs/scenario-format.md, "Burn-in").
 * During the burn-in each entry location receives, every day, its mean daily arrivals over the
 * first `reference_days` reported days.
 */
import { MAX_RUN_DAYS } from '../../domain/inputRanges.js';
import type { YamlFields } from './yamlFields.js';
import type { ReadNumber } from './yamlNumbers.js';

export interface BurnIn {
  /** Days simulated before start_date (0: none). */
  readonly days: number;
  /** Reported days whose mean daily arrivals arrive on each burn-in day. */
  readonly referenceDays: number;
}

export const NO_BURN_IN: BurnIn = { days: 0, referenceDays: 0 };

/** Default of `burn_in.reference_days`: the first month. */
export const DEFAULT_REFERENCE_DAYS = 30;

/** `burn_in:` checked against the run's reported days (unknown: undefined). */
export function readBurnIn(y: YamlFields, num: ReadNumber, reportedDays: number | undefined): BurnIn {
  if (y.get(['burn_in']) === undefined) return NO_BURN_IN;
  if (y.map(['burn_in'], true) === undefined) return NO_BURN_IN;
  y.checkKeys(['burn_in'], ['days', 'reference_days', 'note']);
  const before = y.problems.count;
  const days = num(['burn_in', 'days'], { integer: true, min: 0, max: MAX_RUN_DAYS, required: true });
  const referenceDays = num(['burn_in', 'reference_days'], { integer: true, min: 1, max: MAX_RUN_DAYS, default: DEFAULT_REFERENCE_DAYS });
  if (y.problems.count !== before) return NO_BURN_IN;
  if (reportedDays !== undefined && days + reportedDays > MAX_RUN_DAYS) {
    y.problem(['burn_in', 'days'], `${days} burn-in days and ${reportedDays} reported days make ${days + reportedDays} days`, `at most ${MAX_RUN_DAYS} days (100 years) with the run's days`);
    return NO_BURN_IN;
  }
  return { days, referenceDays: reportedDays === undefined ? referenceDays : Math.min(referenceDays, reportedDays) };
}

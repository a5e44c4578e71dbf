/**
 * The checks the run layer makes before a simulation (src/scenario/runChecks.ts), with the
 * messages the engine used to give: days against conflicts.csv, series that cannot be combined,
 * correction dates, and camps (including those Flee makes camps, Q12) without a series.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkCampSeries, checkObservedSeries, checkRunDays, checkRunInputs } from '../../src/scenario/runChecks.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import type { Scenario } from '../../src/domain/scenario.js';
import { buildScenario } from '../helpers/scenarioBuilder.js';

const base = (): Scenario =>
  buildScenario({
    locations: [
      { name: 'A', kind: 'conflict_zone', value: 1000 },
      { name: 'B', kind: 'town', value: 10 },
      { name: 'C', kind: 'camp', value: 100 },
    ],
    routes: [
      ['A', 'B', 10],
      ['B', 'C', 10],
    ],
    days: 5,
    conflicts: { A: 1 },
  });

function message(f: () => void): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  return 'no error';
}

describe('checkRunDays', () => {
  it('accepts the scenario’s days and refuses more days than conflicts.csv has rows, or no days', () => {
    expect(message(() => checkRunDays(base(), 5))).toBe('no error');
    expect(message(() => checkRunDays(base(), 6))).toContain('input_csv/conflicts.csv: conflicts.csv has 5 day rows but the run has 6 days');
    expect(message(() => checkRunDays(base(), 0))).toContain('days must be a whole number from 1 to 36525, got 0');
  });
});

describe('checkObservedSeries', () => {
  it('refuses a series whose later file starts after the first (Q14)', () => {
    const s = base();
    const series = { ...s.series[1], files: [{ file: 'a.csv', points: [{ day: 0, count: 1 }] }, { file: 'b.csv', points: [{ day: 3, count: 1 }] }] };
    const bad: Scenario = { ...s, series: [s.series[0], series] };
    expect(message(() => checkObservedSeries(bad))).toContain('series "C" cannot be combined: a later file starts after the first one (Flee fails here, quirk Q14)');
  });

  it('refuses a correction whose date is the first row, or no row, of its series', () => {
    const s = base();
    const series = { ...s.series[1], files: [{ file: 'a.csv', points: [{ day: 0, count: 1 }, { day: 2, count: 4 }] }] };
    const withCorrection = (day: number): Scenario => ({ ...s, series: [s.series[0], series], corrections: [{ series: 1, day, source: { file: 'c.csv', line: 1 } }] });
    expect(message(() => checkObservedSeries(withCorrection(2)))).toBe('no error');
    expect(message(() => checkObservedSeries(withCorrection(0)))).toContain('the correction date is not a row of series "C" after merging');
    expect(message(() => checkObservedSeries(withCorrection(1)))).toContain('the correction date is not a row of series "C" after merging');
  });
});

describe('checkCampSeries', () => {
  it('refuses a camp without a series, and a town Flee makes a camp (move chance below 0.005, Q12)', () => {
    const s = base();
    const rules = parseSettingsText('', 'test.yml').move_rules;
    expect(message(() => checkCampSeries(s, rules))).toBe('no error');
    expect(message(() => checkCampSeries({ ...s, series: [s.series[0]] }, rules))).toContain('camp "C" has no observed series in source_data/data_layout.csv');
    const still = parseSettingsText('move_rules:\n  default_movechance: 0.001\n', 'test.yml').move_rules;
    expect(message(() => checkCampSeries(s, still))).toContain('camp "B" has no observed series in source_data/data_layout.csv');
  });

  it('checkRunInputs checks the days first, then the series, then the camps (the engine’s order)', () => {
    const s = base();
    const settings = parseSettingsText('', 'test.yml');
    const noCampSeries = { ...s, series: [s.series[0]] };
    expect(message(() => checkRunInputs(noCampSeries, settings, 5))).toContain('camp "C"');
    expect(message(() => checkRunInputs(noCampSeries, settings, 9))).toContain('conflicts.csv has 5 day rows');
  });
});

/**
 * Checks of a scenario that depend on how it is run (its number of days, which --days may change
 * after reading, and its settings): the run layer calls checkRunInputs before it creates a
 * simulation. The engine assumes what these establish and reports nothing about files.
 */
import { InputError } from '../errors.js';
import { MAX_RUN_DAYS } from '../domain/inputRanges.js';
import { mergeSeriesFiles } from '../domain/seriesMerge.js';
import { checkAwarenessLevel } from './candidatePathCount.js';
import type { LocationRow, Scenario } from '../domain/scenario.js';
import type { MoveRules, Settings } from '../settings/types.js';

export function checkRunInputs(scenario: Scenario, settings: Settings, days: number): void {
  checkRunDays(scenario, days);
  checkObservedSeries(scenario);
  if (scenario.corridor === undefined) checkCampSeries(scenario, settings.move_rules);
  if (scenario.corridor === undefined) checkAwarenessLevel(scenario, settings.move_rules.awareness_level);
}

/** A positive whole number of days, and a conflicts.csv row for each of them. */
export function checkRunDays(scenario: Scenario, days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_RUN_DAYS) {
    throw new InputError(`days must be a whole number from 1 to ${MAX_RUN_DAYS}, got ${days}`, { field: 'days', expected: `at most ${MAX_RUN_DAYS} days (100 years)` });
  }
  if (scenario.corridor !== undefined && days > scenario.days) {
    // Arrivals, events and policy calendars are laid out for the scenario's own days only.
    throw new InputError(`--days ${days} is longer than the scenario, which has ${scenario.days} days (${scenario.startDate} on)`, {
      file: 'scenario.yml',
      field: 'days',
      expected: `--days at most ${scenario.days}, or a longer days: (or end_date:) in scenario.yml`,
    });
  }
  for (const rows of scenario.conflicts.intensity) {
    if (rows.length < days) {
      throw new InputError(`conflicts.csv has ${rows.length} day rows but the run has ${days} days`, {
        file: 'input_csv/conflicts.csv',
        expected: `at least ${days} data rows (one per day, by position)`,
      });
    }
  }
}

/**
 * Every multi-file series can be combined by Flee's step-add rule (Q14), and every registration
 * correction's date is a row of its series after merging, but not its first (§2.9).
 */
export function checkObservedSeries(scenario: Scenario): void {
  const days = scenario.series.map((series) => {
    const merged = mergeSeriesFiles(series.files.map((f) => f.points));
    if (!merged.ok) {
      throw new InputError(`series "${series.name}" cannot be combined: a later file starts after the first one (Flee fails here, quirk Q14)`, {
        file: series.source.file,
        line: series.source.line,
        expected: 'every file of a row to start no later than the first file',
      });
    }
    return merged.rows.map((r) => r.day);
  });
  for (const c of scenario.corrections) {
    if (days[c.series].indexOf(c.day) <= 0) {
      throw new InputError(`the correction date is not a row of series "${scenario.series[c.series].name}" after merging`, {
        file: c.source.file,
        line: c.source.line,
        expected: 'a date that is a later row of the series',
      });
    }
  }
}

/** Every location the run treats as a camp has an observed series (Flee fails without one). */
export function checkCampSeries(scenario: Scenario, rules: MoveRules): void {
  const named = new Set(scenario.series.map((s) => s.name));
  for (const row of scenario.locations) {
    if (!treatedAsCamp(row, rules) || named.has(row.name)) continue;
    throw new InputError(`camp "${row.name}" has no observed series in source_data/data_layout.csv`, {
      file: row.source.file,
      line: row.source.line,
      expected: 'a data_layout.csv row naming every camp (Flee fails without one)',
    });
  }
}

/**
 * Camps, and the locations Flee silently makes camps (quirk Q12: a location other than a camp or
 * flood zone whose move chance by the type table of flee-model.md §4.2 is below 0.005).
 */
function treatedAsCamp(row: LocationRow, rules: MoveRules): boolean {
  switch (row.kind) {
    case 'camp':
    case 'idpcamp':
      return true;
    case 'flood_zone':
      return false;
    case 'conflict_zone':
      return rules.conflict_movechance < 0.005;
    case 'forwarding_hub':
    case 'marker':
      return false;
    case 'town':
      return rules.default_movechance < 0.005;
  }
}

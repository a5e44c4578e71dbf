/**
 * One fuzz case: which folder, which mutation family, and the numbers that pick the file, row,
 * column and value (taken modulo what the file has, so any numbers make a valid case). fast-check
 * draws them from a fixed seed; `prepareCase` copies the folder and applies the mutation.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { mutateCsv, type CsvFamily } from './csvMutations.js';
import { mutateYaml, type YamlFamily } from './yamlMutations.js';
import { copyScenario, type FuzzScenario } from './fuzzScenarios.js';

export type Family = CsvFamily | YamlFamily | 'remove-file';

export interface FuzzCase {
  readonly scenario: number;
  readonly family: Family;
  readonly file: number;
  readonly row: number;
  readonly column: number;
  readonly column2: number;
  readonly value: number;
}

/** What was done to the folder, for the checks and the failure report. */
export interface AppliedMutation {
  readonly scenario: string;
  /** Path relative to the case folder, e.g. `input_csv/routes.csv`. */
  readonly file: string;
  readonly family: Family;
  readonly description: string;
  readonly line?: number;
  readonly field?: string;
  /** 1-based column of a changed CSV cell. */
  readonly column?: number;
}

const FAMILIES: readonly { readonly arbitrary: fc.Arbitrary<Family>; readonly weight: number }[] = [
  { arbitrary: fc.constant('csv-cell'), weight: 10 },
  { arbitrary: fc.constantFrom('csv-delete-row', 'csv-duplicate-row', 'csv-swap-columns', 'csv-truncate'), weight: 4 },
  { arbitrary: fc.constantFrom('yaml-scalar', 'yaml-huge-number', 'yaml-wrong-type'), weight: 4 },
  { arbitrary: fc.constantFrom('yaml-delete-key', 'yaml-unknown-key'), weight: 2 },
  // The same few lines each time: drawn rarely, so that its repeats do not crowd out other cases.
  { arbitrary: fc.constant('yaml-alias-bomb'), weight: 1 },
  { arbitrary: fc.constant('remove-file'), weight: 1 },
];

export function fuzzCaseArbitrary(scenarios: number): fc.Arbitrary<FuzzCase> {
  return fc.record({
    scenario: fc.nat({ max: scenarios - 1 }),
    family: fc.oneof(...FAMILIES),
    file: fc.nat(),
    row: fc.nat(),
    column: fc.nat(),
    column2: fc.nat(),
    value: fc.nat(),
  });
}

/** Every file under `dir`, as sorted relative paths with `/`. */
export function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else found.push(relative(dir, join(d, e.name)).split('\\').join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Copies the scenario into `dir` and applies the case's mutation to the copy. */
export function prepareCase(scenario: FuzzScenario, c: FuzzCase, dir: string): AppliedMutation {
  copyScenario(scenario, dir);
  const files = filesUnder(dir);
  const yamlFiles = files.filter((f) => f.endsWith('.yml'));
  const csvFiles = files.filter((f) => f.endsWith('.csv'));
  const base = { scenario: scenario.name, family: c.family };
  if (c.family === 'remove-file') {
    const file = files[c.file % files.length];
    rmSync(join(dir, file));
    return { ...base, file, description: `removed ${file}` };
  }
  if (c.family.startsWith('yaml-')) {
    const file = yamlFiles[c.file % yamlFiles.length];
    const m = mutateYaml(readFileSync(join(dir, file), 'utf8'), { family: c.family as YamlFamily, pick: c.row, value: c.value });
    writeFileSync(join(dir, file), m.text);
    return { ...base, file, description: m.description, field: m.field };
  }
  const file = csvFiles[c.file % csvFiles.length];
  const text = readFileSync(join(dir, file), 'utf8');
  const m = mutateCsv(text, scenario.header(file, text.split('\n')[0] ?? ''), { family: c.family as CsvFamily, row: c.row, column: c.column, column2: c.column2, value: c.value });
  writeFileSync(join(dir, file), m.text);
  return { ...base, file, description: m.description, line: m.line, field: m.field, column: m.column };
}

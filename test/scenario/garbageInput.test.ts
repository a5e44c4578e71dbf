import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { MINI_FILES, removeMiniScenarios, writeMiniScenario } from '../helpers/miniScenario.js';

afterAll(removeMiniScenarios);

const CSV_FILES = Object.keys(MINI_FILES).filter((f) => f.endsWith('.csv'));

/** Either reads or throws an InputError; anything else fails the property. */
function readsOrInputError(changes: Record<string, string>): boolean {
  try {
    readFleeScenario(writeMiniScenario(changes));
    return true;
  } catch (e) {
    if (e instanceof InputError) return true;
    throw e;
  }
}

describe('garbage input only ever gives an InputError', () => {
  it('survives random CSV-ish text in any file', () => {
    const csvish = fc.string({ unit: fc.constantFrom(...'ab,1-0."#\n\r -e.Gamma'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(fc.constantFrom(...CSV_FILES), csvish, (file, text) => readsOrInputError({ [file]: text })),
      { numRuns: 120 },
    );
  });

  it('survives deleting or duplicating single lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CSV_FILES), fc.nat(), fc.boolean(), (file, k, duplicate) => {
        const lines = MINI_FILES[file].split('\n');
        const i = k % lines.length;
        const changed = duplicate ? [...lines.slice(0, i + 1), ...lines.slice(i)] : [...lines.slice(0, i), ...lines.slice(i + 1)];
        return readsOrInputError({ [file]: changed.join('\n') });
      }),
      { numRuns: 80 },
    );
  });

  it('gives an InputError for an unterminated quote', () => {
    expect(() => readFleeScenario(writeMiniScenario({ 'input_csv/routes.csv': 'Alpha,"Beta,10\n' }))).toThrow(
      /input_csv\/routes\.csv:1: malformed CSV/,
    );
  });
});

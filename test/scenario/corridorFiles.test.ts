/**
 * A file named under `files:` in scenario.yml that does not exist is reported at its line of
 * scenario.yml, with its field, once (found by the input fuzz test: the message named neither).
 */
import { describe, expect, it } from 'vitest';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import { InputError } from '../../src/errors.js';
import { corridorYml, writeCorridorFolder } from '../helpers/corridorFolder.js';

function readError(dir: string): InputError {
  try {
    readCorridorScenario(dir);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('the scenario was read without an error');
}

describe('files named in scenario.yml', () => {
  it('a missing one is an error at its line of scenario.yml, naming the field, reported once', () => {
    const dir = writeCorridorFolder({ yml: corridorYml('files:\n  arrivals: nowhere.csv\n') });
    const e = readError(dir);
    expect(e.message).toContain('scenario.yml:6: files.arrivals: file "nowhere.csv" not found');
    expect(e.message.match(/nowhere\.csv/g)).toHaveLength(1);
  });

  it('the default names still read when files: names nothing', () => {
    const dir = writeCorridorFolder({ yml: corridorYml('') });
    expect(readCorridorScenario(dir).locations.length).toBeGreaterThan(0);
  });
});

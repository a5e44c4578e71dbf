/**
 * A malformed corridor scenario gets a precise message: file, line (or YAML path), field and what
 * was expected. Each case breaks one thing in an otherwise valid folder.
 */
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/errors.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import { DEFAULT_LINKS, DEFAULT_LOCATIONS, arrivalsCsv, writeCorridorFolder } from '../helpers/corridorFolder.js';
import type { CorridorFiles } from '../helpers/corridorFolder.js';

const VALID = `corridor: 1
name: t
start_date: 2023-01-01
days: 30
sources:
  kirs: "KIRS annual report 2022"
crossings:
  - from: Border
    to: Goal
    apprehension: { value: 0.5, source: kirs }
    policy: internal-return
    return_to: South
events:
  - date: 2023-01-10
    crossing: Border -> Goal
    set: { apprehension: 0.9 }
    source: assumption
`;

function messageOf(files: Partial<CorridorFiles>): string {
  const dir = writeCorridorFolder({ yml: files.yml ?? VALID, locations: files.locations, links: files.links, arrivals: files.arrivals });
  try {
    readCorridorScenario(dir);
  } catch (e) {
    if (isInputError(e)) return e.message;
    throw e;
  }
  throw new Error('no error was raised');
}

describe('corridor scenario errors', () => {
  it('the valid baseline reads', () => {
    const dir = writeCorridorFolder({ yml: VALID });
    const s = readCorridorScenario(dir);
    expect(s.corridor?.crossings.find((c) => c.name === 'Border -> Goal')?.initial.apprehension).toBe(0.5);
    expect(s.corridor?.events[0].day).toBe(9);
  });

  const cases: { name: string; files: Partial<CorridorFiles>; expect: RegExp[] }[] = [
    { name: 'unknown top-level key, with the closest suggested', files: { yml: VALID.replace('days: 30', 'days: 30\ncrosings: []') }, expect: [/scenario\.yml:5: crosings: unknown key "crosings" \(did you mean "crossings"\?\)/] },
    { name: 'missing start_date', files: { yml: VALID.replace('start_date: 2023-01-01\n', '') }, expect: [/start_date: missing/, /a text value/] },
    { name: 'a date that does not exist', files: { yml: VALID.replace('2023-01-10', '2023-02-30') }, expect: [/scenario\.yml:14: events\[0\]\.date: "2023-02-30" is not a date \(expected YYYY-MM-DD\)/] },
    { name: 'an event outside the run', files: { yml: VALID.replace('2023-01-10', '2023-03-10') }, expect: [/events\[0\]\.date: 2023-03-10 is outside the run/, /day 29/] },
    { name: 'a probability above 1', files: { yml: VALID.replace('apprehension: 0.9', 'apprehension: 1.5') }, expect: [/scenario\.yml:16: events\[0\]\.set\.apprehension: 1\.5 is out of range \(expected a number >= 0 and <= 1/] },
    { name: 'an unknown policy', files: { yml: VALID.replace('policy: internal-return', 'policy: internal-returns') }, expect: [/scenario\.yml:11: crossings\[0\]\.policy: unknown policy "internal-returns"/, /push-back/] },
    { name: 'internal return without return_to', files: { yml: VALID.replace('    return_to: South\n', '') }, expect: [/internal-return without return_to/, /return_to: <location>/] },
    { name: 'a crossing that is not a link', files: { yml: VALID.replace('to: Goal', 'to: South') }, expect: [/crossings\[0\]: no link between "Border" and "South"/] },
    { name: 'an unknown source key', files: { yml: VALID.replace('source: kirs }', 'source: kris }') }, expect: [/crossings\[0\]\.apprehension\.source: unknown source "kris"/, /kirs/] },
    { name: 'an unknown location in links.csv', files: { links: DEFAULT_LINKS.replace('Entry,Border', 'Entri,Border') }, expect: [/links\.csv:2: from: unknown location "Entri" \(did you mean "Entry"\?\)/] },
    { name: 'a reception centre without capacity', files: { locations: DEFAULT_LOCATIONS.replace('reception,42.2,21.6,1000000', 'reception,42.2,21.6,') }, expect: [/locations\.csv:3: capacity: a reception centre needs a capacity/] },
    { name: 'a duplicate location', files: { locations: DEFAULT_LOCATIONS + 'Entry,RS,transit,42,21,,,assumption\n' }, expect: [/locations\.csv:6: name: duplicate location "Entry" \(first on line 2\)/] },
    { name: 'malformed YAML with its line', files: { yml: VALID.replace('    policy: internal-return', '    policy: [internal-return') }, expect: [/scenario\.yml:1[1-9]: malformed YAML/] },
    { name: 'a negative arrivals count', files: { arrivals: arrivalsCsv(-5) }, expect: [/arrivals\.csv:2: count: count "-5" is not a number from 0 to 1000000000/] },
    { name: 'an unknown distribution', files: { yml: VALID.replace('    return_to: South\n', '    return_to: South\n    transfer_days: { distribution: gamma, mean: 2 }\n') }, expect: [/crossings\[0\]\.transfer_days\.distribution: unknown distribution "gamma"/] },
    { name: 'a non-numeric distance', files: { links: DEFAULT_LINKS.replace('Entry,Border,10', 'Entry,Border,ten') }, expect: [/links\.csv:2: km: distance "ten" is not a number > 0/] },
    { name: 'an unsupported format version', files: { yml: VALID.replace('corridor: 1', 'corridor: 2') }, expect: [/scenario\.yml:1: corridor: unsupported format version 2 \(expected corridor: 1\)/] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const m = messageOf(c.files);
      for (const re of c.expect) expect(m).toMatch(re);
      expect(m).not.toMatch(/\n\s+at /); // no stack trace in the message
    });
  }
});

import { describe, expect, it } from 'vitest';
import { parseObservationsCsv } from '../../src/observations/readObservationsCsv.js';
import type { ObservationContext } from '../../src/observations/types.js';
import { InputError } from '../../src/errors.js';

const context: ObservationContext = {
  startDate: '2020-01-01',
  days: 60,
  campNames: ['Mbera', 'Goudoubo'],
  locationNames: ['Town', 'Mbera', 'Goudoubo'],
  crossingNames: ['Horgos->Roszke'],
  receptionNames: ['Town'],
  personsPerAgent: 1,
};
const HEADER = 'date_start,date_end,place,metric,value,uncertainty,source';

function errorOf(text: string): InputError {
  try {
    parseObservationsCsv(text, 'obs.csv', context);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('observations CSV', () => {
  it('reads single days, ranges, uncertainties and quality words', () => {
    const obs = parseObservationsCsv(
      [HEADER, '2020-01-10,,Mbera,camp,1200,high,UNHCR', '2020-02-01,2020-02-29,Horgos->Roszke,detections,350,0.2,"Frontex, monthly"', '2020-01-20,,Goudoubo,camp,15.5,,NGO'].join('\n'),
      'obs.csv',
      context,
    );
    expect(obs).toHaveLength(3);
    expect(obs[0]).toMatchObject({ metric: 'camp', place: 'Mbera', startDay: 9, endDay: 9, value: 1200, uncertainty: 0.05, source: 'UNHCR', origin: { file: 'obs.csv', line: 2 } });
    expect(obs[1]).toMatchObject({ metric: 'detections', startDay: 31, endDay: 59, uncertainty: 0.2, source: 'Frontex, monthly' });
    expect(obs[2].uncertainty).toBe(0.15); // empty: medium
  });

  it('finds columns by name in any order', () => {
    const obs = parseObservationsCsv('source,value,metric,place,date_end,date_start,uncertainty,notes\nUNHCR,5,camp,Mbera,,2020-01-02,low,x\n', 'obs.csv', context);
    expect(obs[0]).toMatchObject({ value: 5, startDay: 1, uncertainty: 0.3 });
  });

  it.each([
    ['an unknown place, with a suggestion', '2020-01-10,,Mbara,camp,10,high,x', /obs\.csv:2: place: unknown camp "Mbara"; did you mean "Mbera"\? \(expected a camp of the scenario \(Mbera, Goudoubo\)\)/],
    ['a date before the run', '2019-12-31,,Mbera,camp,10,high,x', /obs\.csv:2: date_start: 2019-12-31 is outside the run \(expected a date from 2020-01-01 to 2020-02-29/],
    ['a date after the run', '2020-02-01,2020-03-01,Horgos->Roszke,detections,10,high,x', /obs\.csv:2: date_end: 2020-03-01 is outside the run/],
    ['a negative count', '2020-01-10,,Mbera,camp,-3,high,x', /obs\.csv:2: value: -3 is negative \(expected a count >= 0\)/],
    ['a non-numeric count', '2020-01-10,,Mbera,camp,many,high,x', /obs\.csv:2: value: "many" is not a number \(expected a count >= 0\)/],
    ['an unknown metric', '2020-01-10,,Mbera,camps,10,high,x', /obs\.csv:2: metric: unknown metric "camps"; did you mean "camp"\? \(expected one of attempts, camp, crossed, detections, reception, registrations\)/],
    ['a bad date', '2020-02-30,,Mbera,camp,10,high,x', /obs\.csv:2: date_start: "2020-02-30" is not a date \(expected a date YYYY-MM-DD\)/],
    ['an end before the start', '2020-01-10,2020-01-05,Mbera,camp,10,high,x', /obs\.csv:2: date_end: 2020-01-05 is before date_start/],
    ['a bad uncertainty', '2020-01-10,,Mbera,camp,10,vague,x', /obs\.csv:2: uncertainty: "vague" is neither a number nor a source quality \(expected a relative standard deviation > 0/],
    ['a zero uncertainty', '2020-01-10,,Mbera,camp,10,0,x', /obs\.csv:2: uncertainty: 0 is not above 0/],
    ['a crossing where the scenario has none of that place', '2020-01-10,,Nowhere,detections,10,high,x', /place: unknown crossing "Nowhere"/],
  ])('refuses %s with file, line, field and expectation', (_what, row, message) => {
    expect(errorOf(`${HEADER}\n${row}\n`).message).toMatch(message);
  });

  it('lists every problem of the file at once, with line numbers', () => {
    const e = errorOf(`${HEADER}\n2020-01-10,,Mbera,camp,-1,high,x\n# comment\n2020-01-11,,Nope,camp,1,high,x\n`);
    expect(e.message).toMatch(/^2 problems in the input:/);
    expect(e.message).toContain('obs.csv:2: value');
    expect(e.message).toContain('obs.csv:4: place');
  });

  it('refuses a missing column, a duplicate and an empty file', () => {
    expect(errorOf('date_start,place,metric,value\n').message).toMatch(/obs\.csv:1: header: missing columns date_end, uncertainty, source/);
    expect(errorOf(`${HEADER}\n2020-01-10,,Mbera,camp,1,high,x\n2020-01-10,2020-01-10,Mbera,camp,2,high,y\n`).message).toMatch(/obs\.csv:3: date_start: the same metric, place and dates as line 2/);
    expect(errorOf(`${HEADER}\n`).message).toMatch(/obs\.csv: no observations/);
    expect(errorOf('').message).toMatch(/no header row/);
  });
});

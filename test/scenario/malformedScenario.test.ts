import { afterAll, describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/errors.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { MINI_FILES, removeMiniScenarios, writeMiniScenario } from '../helpers/miniScenario.js';

afterAll(removeMiniScenarios);

const LOC_HEADER = '#name,region,country,lat,lon,location_type,conflict_date,population';

/** locations.csv of the mini scenario with one row replaced or added. */
function locations(...rows: string[]): string {
  return [LOC_HEADER, ...rows, ''].join('\n');
}
const ALPHA = 'Alpha,R1,Homeland,1.0,2.0,conflict_zone,0,1000';
const BETA = 'Beta,R1,Homeland,1.5,2.5,town,,500';
const GAMMA = 'Gamma,R2,Abroad,2.0,3.0,camp,,200';

function readError(changes: Record<string, string | null>): InputError {
  const dir = writeMiniScenario(changes);
  try {
    readFleeScenario(dir);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('folders and files', () => {
  it('names the missing scenario folder', () => {
    expect(() => readFleeScenario('/nonexistent/corridor/scenario')).toThrow(/scenario folder not found: \/nonexistent\/corridor\/scenario/);
  });

  it('names the missing file and the path expected', () => {
    const e = readError({ 'input_csv/routes.csv': null });
    expect(e.message).toMatch(/^input_csv\/routes\.csv: file not found \(expected a file at \/.*\/input_csv\/routes\.csv\)$/);
    expect(e.details.file).toBe('input_csv/routes.csv');
  });
});

describe('sim_period.csv', () => {
  it('refuses a missing StartDate', () => {
    expect(readError({ 'input_csv/sim_period.csv': 'Length,5\n' }).message).toBe(
      'input_csv/sim_period.csv: StartDate: no StartDate row (expected a row "StartDate,YYYY-MM-DD")',
    );
  });

  it('refuses an impossible date with its line', () => {
    expect(readError({ 'input_csv/sim_period.csv': 'StartDate,2020-02-30\nLength,5\n' }).message).toBe(
      'input_csv/sim_period.csv:1: StartDate: bad date "2020-02-30" (expected a date YYYY-MM-DD)',
    );
  });

  it('refuses a non-integer length', () => {
    expect(readError({ 'input_csv/sim_period.csv': 'StartDate,2020-01-01\nLength,5.5\n' }).message).toBe(
      'input_csv/sim_period.csv:2: Length: bad length "5.5" (expected a whole number of days from 1 to 36525)',
    );
  });
});

describe('locations.csv', () => {
  it('refuses a duplicate name, naming both lines', () => {
    const e = readError({ 'input_csv/locations.csv': locations(ALPHA, BETA, GAMMA, 'Beta,R1,Homeland,0,0,town,,1') });
    expect(e.message).toBe(
      'input_csv/locations.csv:5: name: duplicate location name "Beta" (first defined on line 3) (expected unique location names)',
    );
  });

  it('refuses an unknown type and suggests the closest', () => {
    const e = readError({ 'input_csv/locations.csv': locations(ALPHA, BETA, 'Gamma,R2,Abroad,2.0,3.0,cmap,,200') });
    expect(e.message).toContain('input_csv/locations.csv:4: location_type: unknown location type "cmap"; did you mean "camp"?');
  });

  it('refuses a conflict row with an empty conflict_date', () => {
    const e = readError({ 'input_csv/locations.csv': locations('Alpha,R1,Homeland,1.0,2.0,conflict_zone,,1000', BETA, GAMMA) });
    expect(e.message).toBe(
      'input_csv/locations.csv:2: conflict_date: conflict_date "" is not a whole number (expected a whole number for a conflict location)',
    );
  });

  it('refuses a conflict row with a non-integer conflict_date', () => {
    const e = readError({ 'input_csv/locations.csv': locations('Alpha,R1,Homeland,1.0,2.0,conflict_zone,1.5,1000', BETA, GAMMA) });
    expect(e.details).toMatchObject({ line: 2, field: 'conflict_date' });
  });

  it('refuses a non-numeric x', () => {
    const e = readError({ 'input_csv/locations.csv': locations(ALPHA, 'Beta,R1,Homeland,north,2.5,town,,500', GAMMA) });
    expect(e.message).toBe('input_csv/locations.csv:3: x (column 4): "north" is not a number (expected a number or an empty field)');
  });

  it('refuses a non-numeric population', () => {
    const e = readError({ 'input_csv/locations.csv': locations(ALPHA, 'Beta,R1,Homeland,1.5,2.5,town,,many', GAMMA) });
    expect(e.message).toBe(
      'input_csv/locations.csv:3: population: population "many" is not a whole number from 0 to 1000000000 (expected a whole number from 0 to 1000000000 or an empty field)',
    );
  });

  it('refuses a negative population', () => {
    const e = readError({ 'input_csv/locations.csv': locations(ALPHA, 'Beta,R1,Homeland,1.5,2.5,town,,-5', GAMMA) });
    expect(e.details).toMatchObject({ file: 'input_csv/locations.csv', line: 3, field: 'population' });
  });

  it('refuses a negative capacity, calling it capacity', () => {
    const e = readError({ 'input_csv/locations.csv': locations(ALPHA, BETA, 'Gamma,R2,Abroad,2.0,3.0,camp,,-200') });
    expect(e.message).toContain('input_csv/locations.csv:4: capacity: capacity "-200" is not a whole number from 0 to 1000000000');
  });

  it('refuses a non-empty row whose first field is empty', () => {
    const e = readError({ 'input_csv/locations.csv': locations(ALPHA, BETA, GAMMA, ',R1,Homeland,0,0,town,,5') });
    expect(e.message).toBe(
      'input_csv/locations.csv:5: name: empty first field in a non-empty row (expected a location name (or a row starting with # for comments))',
    );
  });

  it('refuses a non-numeric conflict_intensity attribute', () => {
    const e = readError({
      'input_csv/locations.csv': [LOC_HEADER + ',conflict_intensity', ALPHA + ',high', BETA, GAMMA, ''].join('\n'),
    });
    expect(e.message).toContain('input_csv/locations.csv:2: conflict_intensity: "high" is not a number');
  });
});

describe('routes.csv', () => {
  it('refuses an unknown location and suggests the closest name', () => {
    const e = readError({ 'input_csv/routes.csv': '#name1,name2,distance\nAlpha,Beta,10\nBeta,Gama,20\n' });
    expect(e.message).toBe(
      'input_csv/routes.csv:3: name2: unknown location "Gama"; did you mean "Gamma"? (expected a name from input_csv/locations.csv)',
    );
  });

  it('refuses a non-numeric distance', () => {
    const e = readError({ 'input_csv/routes.csv': 'Alpha,Beta,far\nBeta,Gamma,20\n' });
    expect(e.message).toBe('input_csv/routes.csv:1: distance: distance "far" is not a number from 0 to 40075 (expected a length in km, at most the circumference of the Earth (40075))');
  });

  it('refuses a negative distance', () => {
    const e = readError({ 'input_csv/routes.csv': 'Alpha,Beta,10\nBeta,Gamma,-20\n' });
    expect(e.details).toMatchObject({ line: 2, field: 'distance' });
  });

  it('refuses a route from a location to itself', () => {
    const e = readError({ 'input_csv/routes.csv': 'Alpha,Beta,10\nBeta,Gamma,20\nGamma,Gamma,3\n' });
    expect(e.message).toBe(
      'input_csv/routes.csv:3: name2: route from "Gamma" to itself (expected a location other than name1 (self-loops are rejected))',
    );
  });

  it('refuses forced_redirection other than 0, 1, 2', () => {
    const e = readError({ 'input_csv/routes.csv': 'Alpha,Beta,10,3\nBeta,Gamma,20\n' });
    expect(e.message).toBe('input_csv/routes.csv:1: forced_redirection: forced_redirection "3" is not 0, 1 or 2 (expected 0, 1, 2 or an empty field)');
  });

  it('refuses a walk_probability outside [0, 1]', () => {
    const e = readError({ 'input_csv/routes.csv': '#name1,name2,distance,forced,walk_probability\nAlpha,Beta,10,0,1.5\nBeta,Gamma,20\n' });
    expect(e.details).toMatchObject({ line: 2, field: 'walk_probability' });
  });
});

describe('closures.csv', () => {
  it('refuses an unknown type and suggests the closest', () => {
    const e = readError({ 'input_csv/closures.csv': 'contry,Homeland,Abroad,0,2\n' });
    expect(e.message).toMatch(/^input_csv\/closures\.csv:1: closure_type: unknown closure type "contry"; did you mean "country"\?/);
  });

  it('refuses a non-integer day', () => {
    const e = readError({ 'input_csv/closures.csv': 'country,Homeland,Abroad,0,soon\n' });
    expect(e.message).toBe('input_csv/closures.csv:1: closure_end: end day "soon" is not a whole number (expected a whole day number, -1 for never)');
  });

  it('refuses an unknown country and suggests the closest', () => {
    const e = readError({ 'input_csv/closures.csv': 'country,Homland,Abroad,0,-1\n' });
    expect(e.message).toBe(
      'input_csv/closures.csv:1: name1: unknown country "Homland"; did you mean "Homeland"? (expected a country of input_csv/locations.csv)',
    );
  });

  it('refuses an unknown location for a location closure', () => {
    const e = readError({ 'input_csv/closures.csv': 'location,Gamm,,0,-1\n' });
    expect(e.message).toContain('input_csv/closures.csv:1: name1: unknown location "Gamm"; did you mean "Gamma"?');
  });
});

describe('conflicts.csv', () => {
  it('refuses fewer day rows than the Length of sim_period.csv', () => {
    const e = readError({ 'input_csv/conflicts.csv': '#Day,Alpha\n0,1\n1,1\n' });
    expect(e.message).toBe(
      'input_csv/conflicts.csv: rows: only 2 day rows for a simulation of 5 days (expected at least 5 data rows (Length of input_csv/sim_period.csv), one per day)',
    );
  });

  it('refuses a non-numeric intensity', () => {
    const e = readError({ 'input_csv/conflicts.csv': '#Day,Alpha\n0,1\n1,1\n2,x\n3,0\n4,0\n' });
    expect(e.message).toBe('input_csv/conflicts.csv:4: Alpha: intensity "x" is not a number (expected a number (conflict intensity, 0 for none))');
  });

  it('only warns about a name that is no location, and strips names', () => {
    const s = readFleeScenario(writeMiniScenario({ 'input_csv/conflicts.csv': '#Day, Alpha, Betta\n0,1,0\n1,1,0\n2,1,0\n3,0,0\n4,0,0\n' }));
    expect(s.conflicts.locations).toEqual([0]);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0].message).toContain('"Betta", which is not a location; column ignored; did you mean "Beta"?');
  });
});

describe('observed series', () => {
  it('refuses a data_layout.csv whose first row is not the total', () => {
    const e = readError({ 'source_data/data_layout.csv': 'Gamma,gamma.csv\ntotal,refugees.csv\n' });
    expect(e.message).toContain('source_data/data_layout.csv:1: series_name: first series is "Gamma", not the national total');
  });

  it('refuses a series file that does not exist', () => {
    const e = readError({ 'source_data/data_layout.csv': 'total,refugees.csv\nGamma,gama.csv\n' });
    expect(e.message).toMatch(/^source_data\/data_layout\.csv:2: file 1: series file source_data\/gama\.csv not found \(expected a file at \//);
  });

  it('refuses a camp without a series', () => {
    const e = readError({ 'source_data/data_layout.csv': 'total,refugees.csv\n', 'input_csv/registration_corrections.csv': null });
    expect(e.message).toBe(
      'input_csv/locations.csv:4: name: camp "Gamma" has no observed series (expected a row "Gamma,<file>" in source_data/data_layout.csv)',
    );
  });

  it('refuses a bad date in a series file', () => {
    const e = readError({ 'source_data/gamma.csv': 'Date,Refugees\n2020-01-01,10\n2020-13-03,30\n' });
    expect(e.message).toBe('source_data/gamma.csv:3: date: bad date "2020-13-03" (expected a date YYYY-MM-DD)');
  });

  it('refuses a non-integer count', () => {
    const e = readError({ 'source_data/gamma.csv': 'Date,Refugees\n2020-01-01,10\n2020-01-03,30.5\n2020-01-05,50\n' });
    expect(e.message).toBe('source_data/gamma.csv:3: count: count "30.5" is not a whole number from 0 to 1000000000 (expected a whole number of people from 0 to 1000000000)');
  });

  it('refuses a second file that starts after the first (Q14)', () => {
    const e = readError({
      'source_data/data_layout.csv': 'total,refugees.csv\nGamma,gamma.csv,gamma2.csv\n',
      'source_data/gamma2.csv': '2020-01-02,5\n2020-01-05,6\n',
    });
    expect(e.message).toContain('source_data/data_layout.csv:2: file 2: source_data/gamma2.csv starts on 2020-01-02, after 2020-01-01');
  });

  it('skips header, comment, short and empty-count rows of a series file', () => {
    const s = readFleeScenario(
      writeMiniScenario({ 'source_data/gamma.csv': ',\t\n2020-01-01,10\n#note,1\n2020-01-02\n2020-01-03,\n2020-01-03,30\n2020-01-05,50\n' }),
    );
    expect(s.series[1].files[0].points).toEqual([
      { day: 0, count: 10 },
      { day: 2, count: 30 },
      { day: 4, count: 50 },
    ]);
  });
});

describe('registration_corrections.csv', () => {
  it('refuses an unknown series and suggests the closest', () => {
    const e = readError({ 'input_csv/registration_corrections.csv': 'Gama,2020-01-03\n' });
    expect(e.message).toBe(
      'input_csv/registration_corrections.csv:1: series_name: unknown series "Gama"; did you mean "Gamma"? (expected a series name of source_data/data_layout.csv)',
    );
  });

  it('refuses a date that is not a row of the series', () => {
    const e = readError({ 'input_csv/registration_corrections.csv': 'Gamma,2020-01-04,normalize\n' });
    expect(e.message).toBe(
      'input_csv/registration_corrections.csv:1: date: 2020-01-04 is not a date of series "Gamma" (source_data/gamma.csv) (expected the date of a row of that series (Q21))',
    );
  });

  it('refuses the first row of the series', () => {
    const e = readError({ 'input_csv/registration_corrections.csv': 'Gamma,2020-01-01\n' });
    expect(e.details).toMatchObject({ file: 'input_csv/registration_corrections.csv', line: 1, field: 'date' });
    expect(e.message).toContain('is the first row of series "Gamma"');
  });

  it('refuses a date whose preceding row is 0 (Flee divides by it)', () => {
    const e = readError({ 'source_data/gamma.csv': '2020-01-01,0\n2020-01-03,30\n' });
    expect(e.message).toContain('series "Gamma" is 0 on the row before 2020-01-03');
  });

  it('drops corrections dated before the start', () => {
    const s = readFleeScenario(writeMiniScenario({ 'input_csv/registration_corrections.csv': 'Gamma,2019-12-01\nGamma,2020-01-05\n' }));
    expect(s.corrections).toEqual([{ series: 1, day: 4, source: { file: 'input_csv/registration_corrections.csv', line: 2 } }]);
  });

  it('checks dates against the merged multi-file table (rows the merge drops are not dates)', () => {
    // merge(A, B): B rows 0 and 1 are emitted; A's rows after B's last day (day 2, day 4) are lost
    const files = {
      'source_data/data_layout.csv': 'total,refugees.csv\nGamma,gamma.csv,gamma2.csv\n',
      'source_data/gamma2.csv': '2020-01-01,1\n2020-01-02,2\n',
    };
    const e = readError({ ...files, 'input_csv/registration_corrections.csv': 'Gamma,2020-01-03\n' });
    expect(e.message).toContain('2020-01-03 is not a date of series "Gamma" (source_data/gamma.csv + source_data/gamma2.csv)');
    const s = readFleeScenario(writeMiniScenario({ ...files, 'input_csv/registration_corrections.csv': 'Gamma,2020-01-02\n' }));
    expect(s.corrections[0].day).toBe(1);
  });
});

describe('location_changes.csv', () => {
  it('reads changes next to simsetting.yml', () => {
    const s = readFleeScenario(writeMiniScenario({ 'location_changes.csv': 'Beta,conflict_zone,3\n' }));
    expect(s.locationChanges).toEqual([
      { location: 1, newTypeText: 'conflict_zone', newKind: 'conflict_zone', day: 3, source: { file: 'location_changes.csv', line: 1 } },
    ]);
  });

  it('refuses an unknown location', () => {
    const e = readError({ 'location_changes.csv': 'Betta,camp,3\n' });
    expect(e.message).toContain('location_changes.csv:1: name: unknown location "Betta"; did you mean "Beta"?');
  });
});

describe('reporting and tolerance', () => {
  it('reports every problem of a folder in one error', () => {
    const e = readError({
      'input_csv/routes.csv': 'Alpha,Beta,far\nBeta,Gamma,20,7\n',
      'input_csv/closures.csv': 'contry,Homeland,Abroad,0,2\n',
    });
    expect(e).toBeInstanceOf(InputErrors);
    expect((e as InputErrors).problems).toHaveLength(3);
    expect(e.message).toMatch(/^3 problems in the input:\n {2}- input_csv\/routes\.csv:1: distance/);
    expect(e.details).toMatchObject({ file: 'input_csv/routes.csv', line: 1 });
  });

  it('accepts CRLF line endings, quoted fields and a byte-order mark', () => {
    const crlf = Object.fromEntries(Object.entries(MINI_FILES).map(([k, v]) => [k, v.replace(/\n/g, '\r\n')]));
    crlf['input_csv/locations.csv'] = '\uFEFF' + crlf['input_csv/locations.csv'].replace('Beta,R1', '"Beta","R1"');
    const s = readFleeScenario(writeMiniScenario(crlf));
    expect(s.locations.map((l) => l.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(s.routes[1].source.line).toBe(3);
    expect(s.series[1].files[0].points).toHaveLength(3);
  });

  it('applies the kind rules: conflict_date > 0 gives a town, idp camps, defaults', () => {
    const s = readFleeScenario(
      writeMiniScenario({
        'input_csv/locations.csv': locations(
          ALPHA,
          'Beta,,,,,Conflict_Zone,4,500',
          GAMMA,
          'Delta,R3,Abroad,0,0,IDP_Camp,,50',
          'Eps,R3,Abroad,0,0,default,,7',
        ),
        'source_data/data_layout.csv': 'total,refugees.csv\nGamma,gamma.csv\nDelta,gamma.csv\n',
      }),
    );
    expect(s.locations[1]).toMatchObject({ kind: 'town', typeText: 'conflict_zone', region: 'unknown', country: 'unknown', x: 0, y: 0, foreign: true });
    expect(s.locations[3]).toMatchObject({ kind: 'idpcamp', populationOrCapacity: 50 });
    expect(s.locations[4].kind).toBe('town');
  });
});

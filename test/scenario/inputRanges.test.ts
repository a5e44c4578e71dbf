/**
 * Issue 16, item 2: every input has a range, and inconsistent inputs are refused or warned about.
 * One case per category of docs/input-errors.md; each broke (crash, hang, out of memory) or ran
 * silently before these checks. Flee folders are the mini scenario, corridor folders the small
 * test corridor, each with one thing changed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { integer } from '../../src/cli/optionParsers.js';
import { readCorridorScenario } from '../../src/scenario/corridor/readCorridorScenario.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { checkAwarenessLevel, countCandidatePaths } from '../../src/scenario/candidatePathCount.js';
import { checkRunDays, checkRunInputs } from '../../src/scenario/runChecks.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import { arrivalsCsv, corridorYml, linksCsv, writeCorridorFolder } from '../helpers/corridorFolder.js';
import type { CorridorFiles } from '../helpers/corridorFolder.js';
import { removeMiniScenarios, writeMiniScenario } from '../helpers/miniScenario.js';

afterAll(removeMiniScenarios);

function errorOf(read: () => unknown): InputError {
  try {
    read();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const fleeError = (changes: Record<string, string | null>) => errorOf(() => readFleeScenario(writeMiniScenario(changes)));
const fleeWarnings = (changes: Record<string, string | null>) => readFleeScenario(writeMiniScenario(changes)).warnings;
const corridor = (files: Partial<CorridorFiles>) => writeCorridorFolder({ yml: files.yml ?? corridorYml(''), ...files });
const corridorError = (files: Partial<CorridorFiles>, overrides: string[] = []) => errorOf(() => readCorridorScenario(corridor(files), overrides));

/** YAML whose aliases expand to 10^levels values from a few lines. */
function aliasBomb(levels: number, indent = ''): string {
  const lines = [`${indent}b0: &b0 [x, x, x, x, x, x, x, x, x, x]`];
  for (let i = 1; i <= levels; i++) lines.push(`${indent}b${i}: &b${i} [${Array(10).fill(`*b${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

const ROUTES_HEADER = '#name1,name2,distance,forced_redirection';

describe('Flee folder ranges', () => {
  it('refuses a sim_period Length over 100 years (100000000 hung)', () => {
    expect(fleeError({ 'input_csv/sim_period.csv': 'StartDate,2020-01-01\nLength,100000000\n' }).message).toBe(
      'input_csv/sim_period.csv:2: Length: bad length "100000000" (expected a whole number of days from 1 to 36525)',
    );
  });

  it('refuses an astronomical route distance', () => {
    const e = fleeError({ 'input_csv/routes.csv': `${ROUTES_HEADER}\nAlpha,Beta,1e300,0\nBeta,Gamma,20,\n` });
    expect(e.message).toMatch(/^input_csv\/routes\.csv:2: distance: distance "1e300" is not a number from 0 to 40075/);
  });

  it('refuses a population above a billion', () => {
    const locations = '#name,region,country,lat,lon,location_type,conflict_date,population\nAlpha,R1,Homeland,1,2,conflict_zone,0,5000000000\nBeta,R1,Homeland,1,2,town,,500\nGamma,R2,Abroad,2,3,camp,,200\n';
    expect(fleeError({ 'input_csv/locations.csv': locations }).message).toMatch(/^input_csv\/locations\.csv:2: population: population "5000000000" is not a whole number from 0 to 1000000000/);
  });

  it('refuses an observed count above a billion', () => {
    expect(fleeError({ 'source_data/gamma.csv': '2020-01-01,10\n2020-01-03,5000000000\n' }).message).toMatch(/^source_data\/gamma\.csv:2: count: count "5000000000" is not a whole number from 0 to 1000000000/);
  });
});

describe('Flee folder consistency', () => {
  it('refuses a routes.csv with no routes (it ran with a warning only)', () => {
    expect(fleeError({ 'input_csv/routes.csv': `${ROUTES_HEADER}\n` }).message).toContain('input_csv/routes.csv: no routes (expected at least one row');
  });

  it('warns about repeated routes, giving both distances when they differ, and keeps both as Flee does', () => {
    const s = readFleeScenario(writeMiniScenario({ 'input_csv/routes.csv': `${ROUTES_HEADER}\nAlpha,Beta,10,0\nBeta,Gamma,20,\nBeta,Alpha,12,0\n` }));
    expect(s.routes).toHaveLength(3);
    expect(s.warnings).toContainEqual({ message: 'route repeats line 2 (12 km here, 10 km there); both links are kept, as Flee keeps them', source: { file: 'input_csv/routes.csv', line: 4 } });
  });

  it('warns about a closure that ends before it starts (FabFlee folders have them; Flee runs them)', () => {
    const w = fleeWarnings({ 'input_csv/closures.csv': '#closure_type,name1,name2,closure_start,closure_end\ncountry,Homeland,Abroad,3,1\n' });
    expect(w.find((x) => x.source?.file === 'input_csv/closures.csv')?.message).toMatch(/^closure_end: the closure ends \(day 1\) before it starts \(day 3\); as in Flee/);
  });

  it('warns about a conflict location linked to no camp', () => {
    const locations = '#name,region,country,lat,lon,location_type,conflict_date,population\nAlpha,R1,Homeland,1,2,conflict_zone,0,1000\nBeta,R1,Homeland,1,2,town,,500\nGamma,R2,Abroad,2,3,camp,,200\nDelta,R1,Homeland,1,2,town,,10\n';
    const w = fleeWarnings({ 'input_csv/locations.csv': locations, 'input_csv/routes.csv': `${ROUTES_HEADER}\nAlpha,Delta,10,0\nBeta,Gamma,20,\n` });
    expect(w).toContainEqual({ message: 'conflict location "Alpha" is linked to no camp: people who start there can never arrive', source: { file: 'input_csv/locations.csv', line: 2 } });
  });
});

describe('Flee folder with no persons', () => {
  it('warns when every observed count is 0', () => {
    const zero = 'Date,Refugees\n2020-01-01,0\n2020-01-05,0\n';
    const w = fleeWarnings({ 'source_data/refugees.csv': zero, 'source_data/gamma.csv': zero, 'input_csv/registration_corrections.csv': null });
    expect(w).toContainEqual({ message: 'every observed count is 0, so the run has no persons (new agents follow the observed series)', source: { file: 'source_data/data_layout.csv', line: 1 } });
  });
});

describe('settings', () => {
  it('bounds YAML alias expansion under a known key (it crashed)', () => {
    const text = `junk:\n${aliasBomb(6, '  ')}move_rules:\n  max_move_speed: *b6\n`;
    const e = errorOf(() => parseSettingsText(text, 'sim.yml'));
    expect(e.message).toContain('sim.yml:10: move_rules.max_move_speed: aliases expand more than 100 times');
  });

  it('refuses 1e308 displaced persons per conflict day (it crashed)', () => {
    const e = errorOf(() => parseSettingsText('spawn_rules:\n  conflict_driven_spawning:\n    displaced_per_conflict_day: 1e308\n', 'sim.yml'));
    expect(e.message).toContain('expected a number in [0, 100000]');
  });

  it('refuses an awareness level of 10^6 outright', () => {
    expect(errorOf(() => parseSettingsText('move_rules:\n  awareness_level: 1000000\n', 'sim.yml')).message).toContain('expected a whole number in [1, 1000]');
  });

  it('refuses an awareness level whose candidate paths would exhaust memory on the network, naming the largest that fits', () => {
    // 7 locations all linked to each other: 7 x (6 + 30 + 120 + 360 + 720 + 720) candidate paths at
    // level 6 (13,692), 7 x 156 = 1,092 at level 3, 7 x 516 = 3,612 at level 4; here the bound is
    // 2,000 instead of 20 million, so that the test is fast
    const names = Array.from({ length: 7 }, (_, i) => `L${i}`);
    const rows = names.map((n, i) => `${n},R,C,0,0,${i === 0 ? 'conflict_zone,0,1000' : i === 6 ? 'camp,,100' : 'town,,10'}`);
    const routes = names.flatMap((a, i) => names.slice(i + 1).map((b) => `${a},${b},10,0`));
    const scenario = readFleeScenario(
      writeMiniScenario({
        'input_csv/locations.csv': `#name,region,country,lat,lon,location_type,conflict_date,population\n${rows.join('\n')}\n`,
        'input_csv/routes.csv': `${ROUTES_HEADER}\n${routes.join('\n')}\n`,
        'input_csv/closures.csv': '',
        'input_csv/conflicts.csv': '#Day,L0\n0,1\n1,1\n2,1\n3,1\n4,1\n',
        'input_csv/registration_corrections.csv': null,
        'source_data/data_layout.csv': 'total,refugees.csv\nL6,gamma.csv\n',
      }),
    );
    expect(countCandidatePaths(scenario, 6).paths).toBe(13692);
    expect(() => checkAwarenessLevel(scenario, 3, 2000)).not.toThrow();
    const e = errorOf(() => checkAwarenessLevel(scenario, 6, 2000));
    expect(e.message).toMatch(/^move_rules\.awareness_level: awareness_level 6 gives more than 2,000 candidate paths on this network \(more than 0\.\d MB of memory/);
    expect(e.message).toContain('level 3 gives 1,092 paths');
    expect(e.details.expected).toBe('an awareness_level of at most 3 for this network');
    // a run checks the level against the 20-million bound
    expect(() => checkRunInputs(scenario, parseSettingsText('move_rules:\n  awareness_level: 6\n', 'sim.yml'), 5)).not.toThrow();
  });
});

describe('corridor scenario ranges', () => {
  it('refuses days: 1e308 (it crashed) and days: 100000000 (it hung)', () => {
    expect(corridorError({ yml: corridorYml('', 1e308) }).message).toBe('scenario.yml:4: days: 1e+308 is out of range (expected a whole number >= 1 and <= 36525 (plain, or { value: ..., source: ... }))');
    expect(corridorError({ yml: corridorYml('', 100000000) }).message).toContain('days: 100000000 is out of range');
  });

  it('refuses an end_date more than 100 years after the start', () => {
    const yml = 'corridor: 1\nname: t\nstart_date: 2023-01-01\nend_date: 2200-01-01\n';
    expect(corridorError({ yml }).message).toContain('scenario.yml:4: end_date: 64649 days after start_date (expected an end_date at most 36525 days (100 years) after start_date)');
  });

  it('refuses arrivals.scale 1e308 (it crashed)', () => {
    expect(corridorError({ yml: corridorYml('arrivals:\n  scale: 1e308\n') }).message).toContain('arrivals.scale: 1e+308 is out of range (expected a number >= 0 and <= 1000');
  });

  it('refuses an arrivals count of 1e308', () => {
    expect(corridorError({ arrivals: arrivalsCsv(1e308) }).message).toContain('arrivals.csv:2: count: count "1e+308" is not a number from 0 to 1000000000');
  });

  it('refuses arrivals that would create more persons than fit in memory', () => {
    const e = corridorError({ yml: corridorYml('arrivals:\n  scale: 1000\n'), arrivals: arrivalsCsv(50000) });
    expect(e.message).toBe(
      'arrivals.csv: count: the arrivals of the run (2023-01-01 to 2023-03-01) times arrivals.scale 1000 make about 50,000,000 persons (expected at most 20,000,000 persons in a run (lower the counts or arrivals.scale in scenario.yml))',
    );
  });

  it('refuses an astronomical link length', () => {
    const links = linksCsv('Entry,Border,1e300,road,assumption', 'Border,Goal,5,border,assumption', 'South,Entry,20,road,assumption');
    expect(corridorError({ links }).message).toContain('links.csv:2: km: distance "1e300" is not a number > 0 and <= 40075');
  });

  it('bounds YAML alias expansion in scenario.yml and in --set values (it crashed)', () => {
    expect(corridorError({ yml: aliasBomb(6) + corridorYml('') }).message).toBe(
      'scenario.yml:1: aliases expand more than 100 times (an alias bomb?) (expected YAML whose aliases (*name) expand at most 100 times)',
    );
    const set = `movement.detour=[&a [1,1,1,1,1,1,1,1,1,1], ${Array(10).fill('[*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]').join(', ')}]`;
    expect(corridorError({}, [set]).message).toContain('--set "movement.detour": aliases expand more than 100 times');
  });
});

describe('corridor scenario consistency', () => {
  it('refuses --days beyond the scenario (it wrote a NaN row per extra day)', () => {
    const s = readCorridorScenario(corridor({}));
    expect(() => checkRunDays(s, 60)).not.toThrow();
    expect(errorOf(() => checkRunDays(s, 61)).message).toBe(
      'scenario.yml: days: --days 61 is longer than the scenario, which has 60 days (2023-01-01 on) (expected --days at most 60, or a longer days: (or end_date:) in scenario.yml)',
    );
  });

  it('warns about arrivals outside the run, and that nobody arrives (it gave 0 persons without a word)', () => {
    const s = readCorridorScenario(corridor({ arrivals: arrivalsCsv(1000, '2024-01-01', '2024-01-31') }));
    expect(s.warnings.map((w) => `${w.source?.file}:${w.source?.line}: ${w.message}`)).toEqual([
      'arrivals.csv:2: arrivals from 2024-01-01 to 2024-01-31 lie outside the run (2023-01-01 to 2023-03-01): nobody arrives from this row',
      'arrivals.csv:1: nobody arrives during the run (2023-01-01 to 2023-03-01): every arrivals row is outside it, has count 0, or arrivals.scale is 0',
    ]);
  });

  it('warns about an entry linked to no destination', () => {
    const links = linksCsv('Entry,South,10,road,assumption', 'Border,Goal,5,border,assumption');
    const s = readCorridorScenario(corridor({ links }));
    expect(s.warnings).toContainEqual({ message: 'entry "Entry" is linked to no destination: people who start there can never arrive', source: { file: 'locations.csv', line: 2 } });
  });
});

describe('command-line options', () => {
  it('bound --days, --replicas and --threads', () => {
    expect(() => integer('--days', 1, 36525)('100000000')).toThrow('--days must be an integer from 1 to 36525, got "100000000"');
    expect(integer('--days', 1, 36525)('36525')).toBe(36525);
  });
});

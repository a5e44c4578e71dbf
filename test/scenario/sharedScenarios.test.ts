import { describe, expect, it } from 'vitest';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import type { Scenario } from '../../src/domain/scenario.js';
import { sharedScenario } from '../helpers/sharedData.js';

const FOLDERS = [
  'flee/mali2012',
  'flee/burundi',
  'flee/car',
  'flee/ssudan',
  'flee-validation/mali2012',
  'flee-validation/burundi2015',
  'flee-validation/car2013',
  'flee-validation/ssudan2013',
];

const cache = new Map<string, Scenario>();
function load(folder: string): Scenario {
  let s = cache.get(folder);
  if (s === undefined) {
    s = readFleeScenario(sharedScenario(folder));
    cache.set(folder, s);
  }
  return s;
}

function loc(s: Scenario, name: string) {
  const l = s.locations.find((x) => x.name === name);
  if (l === undefined) throw new Error(`no location ${name}`);
  return l;
}

describe('shared Flee scenarios load', () => {
  for (const folder of FOLDERS) {
    it(`reads ${folder}`, () => {
      const s = load(folder);
      expect(s.locations.length).toBeGreaterThan(10);
      expect(s.routes.length).toBeGreaterThan(10);
      expect(s.series[0].name).toBe('total');
      // every camp has a series, and every conflict table covers the whole run
      for (const l of s.locations) {
        if (l.kind === 'camp') expect(s.series.some((x) => x.name === l.name)).toBe(true);
      }
      for (const column of s.conflicts.intensity) expect(column.length).toBeGreaterThanOrEqual(s.days);
      // indices are positions
      s.locations.forEach((l, i) => expect(l.index).toBe(i));
    });
  }
});

describe('mali2012 spot checks', () => {
  it('has the period, locations and kinds of the files', () => {
    const s = load('flee/mali2012');
    expect(s.name).toBe('mali2012');
    expect(s.startDate).toBe('2012-02-29');
    expect(s.days).toBe(300);
    expect(s.locations).toHaveLength(23);
    expect(s.locations.filter((l) => l.kind === 'camp').map((l) => l.name)).toEqual([
      'Fassala-Mbera',
      'Mentao',
      'Bobo-Dioulasso',
      'Abala',
      'Mangaize',
      'Niamey',
      'Tabareybarey',
    ]);
    // conflict_date 1 > 0: created as a town although typed conflict_zone
    expect(loc(s, 'Menaka')).toMatchObject({ kind: 'town', typeText: 'conflict_zone', populationOrCapacity: 20702 });
    expect(loc(s, 'Kidal')).toMatchObject({ kind: 'conflict_zone', conflictIntensity: 1 });
    expect(s.locations.filter((l) => l.kind === 'conflict_zone').map((l) => l.name)).toEqual(['Kidal', 'Timbuktu', 'Niafounke']);
    // capacity kept unscaled (hasten is applied by the engine)
    expect(loc(s, 'Fassala-Mbera').populationOrCapacity).toBe(75882);
    expect(loc(s, 'Kidal')).toMatchObject({ x: 18.444305, y: 1.401523, foreign: false, region: 'Kidal' });
    expect(loc(s, 'Abala').foreign).toBe(true);
    expect(loc(s, 'Kidal').attributes).toEqual({ IPC: '3' });
  });

  it('has closures, conflicts, series and corrections', () => {
    const s = load('flee/mali2012');
    expect(s.closures).toHaveLength(2);
    expect(s.closures[0]).toMatchObject({ type: 'country', name1: 'Mali', name2: 'Burkina_Faso', startDay: 0, endDay: 22 });
    expect(s.routes).toHaveLength(35);
    expect(s.series.map((x) => x.name)).toEqual(['total', 'Bobo-Dioulasso', 'Mentao', 'Fassala-Mbera', 'Abala', 'Mangaize', 'Tabareybarey', 'Niamey']);
    const fm = s.series[3];
    expect(fm.location).toBe(s.locations.findIndex((l) => l.name === 'Fassala-Mbera'));
    expect(fm.files[0].points[0]).toEqual({ day: 0, count: 17790 });
    expect(fm.files[0].points[1]).toEqual({ day: 7, count: 22996 });
    expect(s.corrections).toHaveLength(5);
    // 2012-12-31 is day 306 after 2012-02-29 (leap year, UTC arithmetic)
    expect(s.corrections[0]).toMatchObject({ series: 3, day: 306 });
    const kidal = s.locations.findIndex((l) => l.name === 'Kidal');
    const menaka = s.locations.findIndex((l) => l.name === 'Menaka');
    const k = s.conflicts.locations.indexOf(kidal);
    const m = s.conflicts.locations.indexOf(menaka);
    expect(s.conflicts.intensity[k][0]).toBe(1);
    expect(s.conflicts.intensity[m][0]).toBe(0);
    expect(s.conflicts.intensity[m][1]).toBe(1);
    expect(s.demographics).toEqual(['input_csv/demographics_age.csv', 'input_csv/demographics_ethnicity.csv', 'input_csv/demographics_gender.csv']);
    expect(s.warnings).toEqual([]);
  });
});

describe('other scenarios spot checks', () => {
  it('car has three two-file series', () => {
    const s = load('flee/car');
    const multi = s.series.filter((x) => x.files.length === 2).map((x) => x.name);
    expect(multi).toEqual(['Mboti', 'Inke', 'Betou']);
    expect(s.series.find((x) => x.name === 'Inke')?.files.map((f) => f.file)).toEqual([
      'source_data/dcon-inke.csv',
      'source_data/dcon-inke-outside.csv',
    ]);
    expect(s.closures.map((c) => c.type)).toEqual(['country', 'country']);
    expect(s.days).toBe(820);
  });

  it('burundi has camp and remove_forced_redirection closures and a forwarding hub', () => {
    const s = load('flee/burundi');
    expect(s.closures.map((c) => c.type)).toEqual(['remove_forced_redirection', 'camp', 'camp']);
    expect(s.closures[0]).toMatchObject({ name1: 'Nduta', name2: 'Nyarugusu', startDay: 101, endDay: 0 });
    expect(s.locations.filter((l) => l.kind === 'forwarding_hub').map((l) => l.name)).toEqual(['Kagunga']);
    expect(s.routes.filter((r) => r.forcedRedirection === 2)).toHaveLength(2);
    // Kagunga's population field is empty
    expect(loc(s, 'Kagunga').populationOrCapacity).toBe(0);
    // conflicts.csv names two places that are not locations: warnings, not errors
    expect(s.warnings.map((w) => w.message).join('\n')).toMatch(/"Isale".*not a location/);
    // and its remove_forced_redirection row ends (day 0) before it starts (day 101): a warning
    expect(s.warnings).toHaveLength(3);
    expect(s.warnings[0]).toMatchObject({ source: { file: 'input_csv/closures.csv', line: 2 } });
    expect(s.warnings[0].message).toMatch(/^closure_end: the closure ends \(day 0\) before it starts \(day 101\)/);
  });

  it('ssudan has location closures and a correction file with a blank line', () => {
    const s = load('flee/ssudan');
    expect(s.closures.map((c) => c.type)).toEqual(['location', 'location', 'location']);
    expect(s.corrections).toHaveLength(9);
    expect(s.startDate).toBe('2013-12-15');
  });

  it('validation burundi2015 has an extra location closure', () => {
    expect(load('flee-validation/burundi2015').closures).toHaveLength(4);
  });
});

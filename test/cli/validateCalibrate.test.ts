import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { sharedScenario } from '../helpers/sharedData.js';
import { runCliAsync } from './runCli.js';

const mali = sharedScenario('flee/mali2012');
const scratch = () => mkdtempSync(join(tmpdir(), 'corridor-calib-cli-'));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function expectSelfContainedHtml(path: string): void {
  const html = readFileSync(path, 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('<svg');
  expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
  // The only URL is the SVG namespace.
  expect(html.match(/https?:\/\/[^"]+/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
}

function expectPngs(dir: string, count: number): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
  expect(files).toHaveLength(count);
  for (const f of files) expect(Array.from(readFileSync(join(dir, f)).subarray(0, 8))).toEqual(PNG_SIGNATURE);
}

/** The command line in this process (for refusals, which end before any simulation). */
async function runInProcess(args: readonly string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await main(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

function expectCleanInputError(r: { status: number | null; stderr: string }, message: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('corridor validate', () => {
  it('scores replicas per camp and per series and writes JSON, a self-contained report and PNGs', async () => {
    const out = scratch();
    const r = await runCliAsync(['validate', mali, '--days', '60', '--replicas', '3', '--threads', '2', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/mali2012: ARD 0\.\d{4} ± 0\.\d{4}, rescaled 0\.\d{4} \(3 replicas\); observations: ARD \d\.\d{4}, mean MASE \d+\.\d{3}/);
    const v = JSON.parse(readFileSync(join(out, 'validation.json'), 'utf8')) as {
      replicas: number; days: number;
      flee: { ard: { values: number[]; mean: number }; per_camp: { camp: string; ard: number }[] };
      observation_errors: { series: { key: string; mase: number | null; coverage90: number }[] };
    };
    expect(v).toMatchObject({ replicas: 3, days: 60 });
    expect(v.flee.ard.values).toHaveLength(3);
    expect(v.flee.per_camp).toHaveLength(7);
    // Per-camp parts add up to the overall ARD.
    expect(v.flee.per_camp.reduce((s, c) => s + c.ard, 0)).toBeCloseTo(v.flee.ard.mean, 10);
    expect(v.observation_errors.series.map((s) => s.key)).toContain('camp:Fassala-Mbera');
    expectSelfContainedHtml(join(out, 'report.html'));
    expectPngs(join(out, 'figures'), v.observation_errors.series.length);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads an observations file instead of the camp series', async () => {
    const out = scratch();
    const file = join(scratch(), 'obs.csv');
    writeFileSync(file, 'date_start,date_end,place,metric,value,uncertainty,source\n2012-03-10,,Mentao,camp,3000,high,UNHCR\n2012-03-20,,Mentao,camp,5000,high,UNHCR\n2012-03-20,,Niamey,camp,200,press,a newspaper\n');
    const r = await runCliAsync(['validate', mali, '--days', '30', '--replicas', '2', '--threads', '1', '--observations', file, '--out', out, '--no-png', '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const v = JSON.parse(readFileSync(join(out, 'validation.json'), 'utf8')) as { observations: { count: number; source: string }; observation_errors: { series: { key: string; mase: number | null }[] } };
    expect(v.observations).toMatchObject({ count: 3, source: `file ${file}` });
    expect(v.observation_errors.series.map((s) => [s.key, s.mase === null])).toEqual([['camp:Mentao', false], ['camp:Niamey', true]]);
    expect(existsSync(join(out, 'figures'))).toBe(false);
  });

  it('refuses a bad observations file with file, line and field, exit 2, nothing written', async () => {
    const out = join(scratch(), 'never');
    const file = join(scratch(), 'obs.csv');
    writeFileSync(file, 'date_start,date_end,place,metric,value,uncertainty,source\n2012-03-10,,Mentao,camp,3000,high,UNHCR\n2012-03-10,,Timbuktu,camp,10,high,x\n2013-01-01,,Mentao,camp,10,high,x\n');
    expectCleanInputError(await runCliAsync(['validate', mali, '--days', '30', '--observations', file, '--out', out]), /obs\.csv:3: place: unknown camp "Timbuktu"[\s\S]*obs\.csv:4: date_start: 2013-01-01 is outside the run/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('corridor calibrate', () => {
  it('runs ABC-SMC on worker threads and writes the posterior, diagnostics, predictive bands and figures', async () => {
    const out = scratch();
    const r = await runCliAsync([
      'calibrate', mali, '--days', '30', '--param', 'move_rules.camp_weight=0.5:10', '--param', 'move_rules.default_movechance=0.05:0.8',
      '--simulations', '60', '--particles', '20', '--predictive', '6', '--threads', '2', '--seed', '4', '--out', out,
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/generation 0: tolerance Infinity, 20 simulations, acceptance 100\.0%, ESS 20/);
    expect(r.stdout).toMatch(/move_rules\.camp_weight: median [\d.]+, 90% interval \[[\d.]+, [\d.]+\]/);
    const c = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8')) as {
      method: { name: string; distance: string; settings: { particles: number; quantile_alpha: number } };
      generations: { generation: number; tolerance: number | null; ess: number }[];
      posterior: { name: string; ci90: [number, number]; prior: { lower: number; upper: number } }[];
      predictive: { draws: number; series: unknown[] };
      simulations: { abc: number; predictive: number; total: number };
      stop_reason: string;
    };
    expect(c.method).toMatchObject({ name: 'ABC-SMC (population Monte Carlo)', distance: 'rms-z', settings: { particles: 20, quantile_alpha: 0.5 } });
    expect(c.generations[0]).toMatchObject({ generation: 0, tolerance: null });
    expect(c.simulations.abc).toBeLessThanOrEqual(60);
    expect(c.simulations).toMatchObject({ predictive: 6, total: c.simulations.abc + 6 });
    for (const p of c.posterior) {
      expect(p.ci90[0]).toBeGreaterThanOrEqual(p.prior.lower);
      expect(p.ci90[1]).toBeLessThanOrEqual(p.prior.upper);
      expect(p.ci90[0]).toBeLessThanOrEqual(p.ci90[1]);
    }
    expect(c.predictive.draws).toBe(6);
    const csv = readFileSync(join(out, 'posterior.csv'), 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe('move_rules.camp_weight,move_rules.default_movechance,weight,distance');
    expect(csv).toHaveLength(21);
    expectSelfContainedHtml(join(out, 'report.html'));
    expect(readdirSync(join(out, 'figures')).filter((f) => f.startsWith('posterior_'))).toHaveLength(2);
  });

  it.each([
    [['--param', 'move_rules.camp_wieght=1:5'], /--param move_rules\.camp_wieght=1:5: unknown settings key "move_rules\.camp_wieght"; did you mean "move_rules\.camp_weight"\?/],
    [[], /--param: no parameter to calibrate/],
    [['--param', 'move_rules.camp_weight=1:5', '--quantile', '1.5'], /--quantile must be a number between 0 and 1/],
    [['--param', 'move_rules.camp_weight=1:5', '--distance', 'l2'], /--distance must be one of rms-z, ard/],
    [['--param', 'move_rules.camp_weight=1:5', '--simulations', '10', '--particles', '20'], /--simulations: 10 simulations cannot fill one generation of 20 particles/],
  ])('refuses bad options %j with exit 2', async (args, message) => {
    expectCleanInputError(await runInProcess(['calibrate', mali, '--days', '10', ...args, '--out', join(scratch(), 'x')]), message);
  });
});

describe('validate and calibrate on a corridor scenario (ledger metrics)', () => {
  const example = join(process.cwd(), 'scenarios', 'example');
  const observationsFile = (): string => {
    const file = join(scratch(), 'obs.csv');
    writeFileSync(file, [
      'date_start,date_end,place,metric,value,uncertainty,source',
      '2023-10-01,2023-10-31,Makova Sedmica -> Tompa,detections,300,0.2,test',
      '2023-10-01,2023-10-31,Presevo,registrations,500,medium,test',
      '2023-11-01,,Subotica,reception,100,low,test',
    ].join('\n') + '\n');
    return file;
  };

  it('calibrates scenario.yml values (as --set names them) against detections, registrations and occupancy', async () => {
    const out = scratch();
    const r = await runCliAsync(['calibrate', example, '--observations', observationsFile(), '--param', 'crossing_defaults.apprehension=0:0.9', '--param', 'arrivals.scale=0.05:0.5',
      '--simulations', '30', '--particles', '10', '--predictive', '3', '--threads', '1', '--no-png', '--out', out, '--quiet']);
    expect(r.status).toBe(0);
    const c = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8')) as { posterior: { name: string }[]; predictive: { series: { key: string }[] } };
    expect(c.posterior.map((p) => p.name)).toEqual(['crossing_defaults.apprehension', 'arrivals.scale']);
    expect(c.predictive.series.map((s) => s.key)).toEqual(['detections:Makova Sedmica -> Tompa', 'registrations:Presevo', 'reception:Subotica']);
  });

  it('refuses a bound the scenario does not accept, and a corridor scenario without observations', async () => {
    expectCleanInputError(await runInProcess(['calibrate', example, '--observations', observationsFile(), '--param', 'crossing_defaults.apprehension=0:1.5', '--out', join(scratch(), 'x')]), /crossing_defaults\.apprehension: 1\.5 is out of range/);
    expectCleanInputError(await runInProcess(['validate', example, '--out', join(scratch(), 'x')]), /--observations: a corridor scenario has no built-in observed series/);
  });
});

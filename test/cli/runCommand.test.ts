import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedScenario } from '../helpers/sharedData.js';
import { runCli } from './runCli.js';

const mali = sharedScenario('flee/mali2012');
const scratch = () => mkdtempSync(join(tmpdir(), 'corridor-cli-'));

describe('corridor run', () => {
  it('writes a Flee-compatible out.csv and a summary.json, and prints a summary', () => {
    const out = scratch();
    const r = runCli(['run', mali, '--days', '40', '--seed', '3', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/scenario\s+mali2012/);
    expect(r.stdout).toMatch(/ARD vs UNHCR\s+0\.\d{4}/);
    const csv = readFileSync(join(out, 'out.csv'), 'utf8').trimEnd().split('\n');
    expect(csv).toHaveLength(41);
    expect(csv[0].startsWith('Day,Date,Fassala-Mbera sim,Fassala-Mbera data,Fassala-Mbera error,')).toBe(true);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Record<string, unknown>;
    expect(summary).toMatchObject({ scenario: 'mali2012', days: 40, seed: 3, replicas: 1 });
    for (const key of ['agents_final', 'agent_steps', 'wall_s', 'agent_steps_per_s', 'ard', 'ard_rescaled']) expect(typeof summary[key]).toBe('number');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives the same out.csv for the same seed and a different one for another seed', () => {
    const [a, b, c] = [scratch(), scratch(), scratch()];
    for (const [dir, seed] of [[a, '5'], [b, '5'], [c, '6']]) expect(runCli(['run', mali, '--days', '60', '--seed', seed, '--out', dir, '--quiet']).status).toBe(0);
    const read = (d: string) => readFileSync(join(d, 'out.csv'), 'utf8');
    expect(read(a)).toBe(read(b));
    expect(read(a)).not.toBe(read(c));
  });

  it('runs replicas on worker threads with the same results as one thread', () => {
    const [one, two] = [scratch(), scratch()];
    expect(runCli(['run', mali, '--days', '30', '--replicas', '3', '--threads', '1', '--out', one, '--quiet']).status).toBe(0);
    expect(runCli(['run', mali, '--days', '30', '--replicas', '3', '--threads', '2', '--out', two, '--quiet']).status).toBe(0);
    for (let k = 0; k < 3; k++) {
      const file = join('replica-' + k, 'out.csv');
      expect(readFileSync(join(two, file), 'utf8')).toBe(readFileSync(join(one, file), 'utf8'));
    }
    const summary = JSON.parse(readFileSync(join(two, 'summary.json'), 'utf8')) as { replicas: number; ard: { mean: number; sd: number; values: number[] } };
    expect(summary.replicas).toBe(3);
    expect(summary.ard.values).toHaveLength(3);
    expect(new Set(summary.ard.values).size).toBe(3);
  });

  it('applies --set overrides (a higher camp weight fills the camps faster)', () => {
    const [base, heavy] = [scratch(), scratch()];
    expect(runCli(['run', mali, '--days', '60', '--out', base, '--quiet']).status).toBe(0);
    expect(runCli(['run', mali, '--days', '60', '--out', heavy, '--quiet', '--set', 'move_rules.camp_weight=50']).status).toBe(0);
    const inCamps = (d: string) => Number(readFileSync(join(d, 'out.csv'), 'utf8').trimEnd().split('\n').at(-1)!.split(',').at(-2));
    expect(inCamps(heavy)).toBeGreaterThan(inCamps(base));
  });
});

describe('corridor run: bad input gets a clear message, exit code 2 and no stack trace', () => {
  const expectClean = (r: { status: number | null; stderr: string }, message: RegExp) => {
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  };

  it('a folder that does not exist', () => {
    expectClean(runCli(['run', '/nonexistent/scenario', '--quiet']), /nonexistent\/scenario/);
  });
  it('a non-integer --days', () => {
    expectClean(runCli(['run', mali, '--days', 'ten']), /--days must be an integer from 1 to 36525, got "ten"/);
  });
  it('an unknown option', () => {
    expectClean(runCli(['run', mali, '--dayz', '3']), /unknown option '--dayz'/);
  });
  it('an unknown settings key in --set, with a suggestion', () => {
    expectClean(runCli(['run', mali, '--set', 'move_rules.max_move_sped=100']), /max_move_sped.*did you mean .*max_move_speed/);
  });
  it('a settings file with a wrong type names file and line', () => {
    const dir = scratch();
    const file = join(dir, 'bad.yml');
    writeFileSync(file, 'move_rules:\n  awareness_level: two\n');
    expectClean(runCli(['run', mali, '--settings', file]), /bad\.yml:2: .*awareness_level/);
  });
  it('more days than conflicts.csv covers', () => {
    expectClean(runCli(['run', mali, '--days', '5000', '--quiet']), /conflicts\.csv.*5000/);
  });
  it('an output folder below a regular file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'file'), 'x');
    expectClean(runCli(['run', mali, '--days', '5', '--quiet', '--out', join(dir, 'file', 'out')]), /ENOTDIR|not a folder/);
    expect(existsSync(join(dir, 'file', 'out'))).toBe(false);
  });
});

describe('corridor --help', () => {
  it('explains every option of run', () => {
    const r = runCli(['run', '--help']);
    expect(r.status).toBe(0);
    for (const option of ['--days', '--seed', '--settings', '--set', '--replicas', '--threads', '--out']) expect(r.stdout).toContain(option);
  });
});

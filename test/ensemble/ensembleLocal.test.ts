import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCorridor } from './processes.js';
import { expectCleanFailure, runInProcess } from '../store/inProcessCli.js';
import { sharedScenario } from '../helpers/sharedData.js';
import { replicaSeed } from '../../src/engine/random.js';
import { openStoreReader } from '../../src/store/storeReader.js';

const mali = sharedScenario('flee/mali2012');
const scratch = () => mkdtempSync(join(tmpdir(), 'corridor-ensemble-'));

interface SummaryFile {
  ensemble: string;
  already_stored: number;
  simulated: number;
  points: {
    params: Record<string, number>;
    runs: string[];
    ard?: { mean: number; p05: number; p95: number };
    series: { family: string; name: string; mean: number[]; p05: number[]; p95: number[]; observed: (number | null)[] | null }[];
  }[];
}

describe('corridor ensemble on local threads', () => {
  it('runs every point × replica, stores each, and summarises mean and 90% band from the store; a rerun resumes', async () => {
    const store = join(scratch(), 'store');
    const summaryFile = join(scratch(), 'summary.json');
    const args = ['ensemble', mali, '--replicas', '3', '--days', '20', '--vary', 'move_rules.camp_weight=1:3:2', '--threads', '2', '--store', store, '--summary', summaryFile];
    const r = await runCorridor(args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/point move_rules.camp_weight=1\n\s+ARD vs UNHCR\s+0\.\d{4} \[0\.\d{4}, 0\.\d{4}\]/);
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as SummaryFile;
    expect(summary.points.map((p) => p.params)).toEqual([{ 'move_rules.camp_weight': 1 }, { 'move_rules.camp_weight': 3 }]);
    expect(summary.simulated).toBe(6);

    const reader = await openStoreReader(store);
    try {
      const runs = await reader.query('SELECT run_id, replica, seed, params, ensemble_id FROM runs ORDER BY params, replica');
      expect(runs.rows.map((row) => [row[1], row[2], row[3], row[4]])).toEqual(
        [1, 3].flatMap((w) => [0, 1, 2].map((k) => [k, String(replicaSeed(1, k)), `{"move_rules.camp_weight":${w}}`, summary.ensemble])),
      );
      for (const point of summary.points) {
        expect(point.runs).toHaveLength(3);
        const mentao = point.series.find((s) => s.family === 'camp' && s.name === 'Mentao');
        expect(mentao?.mean).toHaveLength(20);
        const ids = point.runs.map((id) => `'${id}'`).join(',');
        const sims = (await reader.query(`SELECT sim FROM camp_days WHERE camp = 'Mentao' AND "day" = 19 AND run_id IN (${ids}) ORDER BY sim`)).rows.map((x) => Number(x[0]));
        expect(mentao?.mean[19]).toBeCloseTo((sims[0] + sims[1] + sims[2]) / 3, 9);
        // 5th and 95th percentiles of three values, interpolated linearly
        expect(mentao?.p05[19]).toBeCloseTo(sims[0] + 0.1 * (sims[1] - sims[0]), 9);
        expect(mentao?.p95[19]).toBeCloseTo(sims[1] + 0.9 * (sims[2] - sims[1]), 9);
        const observed = Number((await reader.query(`SELECT data FROM camp_days WHERE camp = 'Mentao' AND "day" = 19 LIMIT 1`)).rows[0][0]);
        expect(mentao?.observed?.[19]).toBe(observed);
        expect(point.series.some((s) => s.family === 'camps_total')).toBe(true);
      }
      // A higher camp weight sends more people to the camps.
      const total = (p: number) => summary.points[p].series.find((s) => s.family === 'camps_total')!.mean[19];
      expect(total(1)).toBeGreaterThan(total(0));
    } finally {
      reader.close();
    }

    const again = await runCorridor(args);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/simulated\s+0 \(already stored: 6\)/);
    const resumed = JSON.parse(readFileSync(summaryFile, 'utf8')) as SummaryFile;
    expect(resumed.points).toEqual(summary.points);
  });

  it('sweeps a corridor scenario over scenario.yml values and summarises its ledger series', async () => {
    const store = join(scratch(), 'store');
    const summaryFile = join(scratch(), 'summary.json');
    const example = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scenarios', 'example');
    const r = await runInProcess(['ensemble', example, '--replicas', '2', '--days', '12', '--vary', 'crossing_defaults.give_up=0:0.5:2', '--threads', '2', '--store', store, '--summary', summaryFile, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as SummaryFile;
    expect(summary.points.map((p) => p.params)).toEqual([{ 'crossing_defaults.give_up': 0 }, { 'crossing_defaults.give_up': 0.5 }]);
    for (const p of summary.points) {
      expect(p.ard).toBeUndefined(); // no UNHCR camp series to validate against
      expect(p.series.filter((s) => s.family === 'crossing_attempts').length).toBeGreaterThan(0);
      expect(p.series.find((s) => s.family === 'state' && s.name === 'at_location')?.mean).toHaveLength(12);
    }
    const reader = await openStoreReader(store);
    try {
      expect((await reader.query('SELECT scenario_edits, count(*) FROM runs GROUP BY ALL ORDER BY 1')).rows).toEqual([
        ['["crossing_defaults.give_up=0"]', '2'],
        ['["crossing_defaults.give_up=0.5"]', '2'],
      ]);
      expect(Number((await reader.query('SELECT count(*) FROM crossing_days')).rows[0][0])).toBeGreaterThan(0);
      expect((await reader.query('SELECT count(*) FROM runs WHERE ledger_summary IS NULL')).rows).toEqual([['0']]);
    } finally {
      reader.close();
    }
  });

  it('refuses a malformed --vary before touching the store', async () => {
    const store = join(scratch(), 'store');
    expectCleanFailure(await runInProcess(['ensemble', mali, '--replicas', '2', '--vary', 'move_rules.camp_weight=1..3', '--store', store]), /--vary move_rules.camp_weight=1\.\.3: not of the form section.key=lo:hi:steps/);
    expectCleanFailure(await runInProcess(['ensemble', mali, '--replicas', '2', '--vary', 'move_rules.camp_wait=1:3:2', '--store', store]), /unknown settings key.*did you mean "move_rules.camp_weight"/);
    expectCleanFailure(await runInProcess(['ensemble', mali, '--store', store]), /required option '--replicas <n>' not specified/);
    expect(existsSync(store)).toBe(false);
  });

  it('refuses a store folder that cannot be created (a path through a regular file) before running anything', async () => {
    const file = join(scratch(), 'file');
    writeFileSync(file, 'x');
    const summary = join(scratch(), 'summary.json');
    expectCleanFailure(await runInProcess(['ensemble', mali, '--replicas', '2', '--days', '5', '--store', join(file, 'store'), '--summary', summary]), /cannot use the results store: .*ENOTDIR/);
    expect(existsSync(summary)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('stops with the engine\'s input error and stores nothing of the failed ensemble', async () => {
    const store = join(scratch(), 'store');
    expectCleanFailure(await runInProcess(['ensemble', mali, '--replicas', '2', '--days', '5000', '--store', store, '--summary', join(scratch(), 's.json')]), /conflicts\.csv.*5000/);
    const reader = await openStoreReader(store);
    expect((await reader.query('SELECT count(*) FROM runs')).rows).toEqual([['0']]);
    reader.close();
  });
});

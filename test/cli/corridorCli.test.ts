/**
 * The command line on corridor scenarios: `run` writes the ledger files and the summary keys of
 * border-mechanics.md; a user who edits a date or a probability in scenario.yml sees the effect
 * with no code change; `compare` prints policies side by side; bad input exits 2 with a message.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

const example = resolve('scenarios/example');
const scratch = () => mkdtempSync(join(tmpdir(), 'corridor-cli-'));

function editedExample(edit: (yml: string) => string): string {
  const dir = scratch();
  cpSync(example, dir, { recursive: true });
  const file = join(dir, 'scenario.yml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

/** Detections per date at the fence, from crossings.csv. */
function fenceDetections(out: string): Map<string, number> {
  const rows = readFileSync(join(out, 'crossings.csv'), 'utf8').trim().split('\n').slice(1);
  const m = new Map<string, number>();
  for (const r of rows) {
    const [date, crossing, , detections] = r.split(',');
    if (crossing === 'Makova Sedmica -> Tompa') m.set(date, Number(detections));
  }
  return m;
}

describe('corridor run on a corridor scenario', () => {
  it('writes the ledger files and a summary with the ledger keys, overall and per crossing', () => {
    const out = scratch();
    const r = runCli(['run', example, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/detections\/person\s+\d+\.\d\d per detected person/);
    expect(readdirSync(out).sort()).toEqual(['.corridor-output', 'apprehensions.csv', 'crossings.csv', 'locations.csv', 'states.csv', 'summary.json']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { ledger: { overall: Record<string, unknown>; crossings: Record<string, unknown>[] }; assumptions: unknown[] };
    const keys = ['detections', 'persons_attempted', 'persons_detected', 'detections_per_detected_person', 'detections_per_attempting_person', 'attempts_until_success', 'still_trying', 'gave_up'];
    for (const k of keys) expect(summary.ledger.overall).toHaveProperty(k);
    for (const k of keys) expect(summary.ledger.crossings[0]).toHaveProperty(k);
    expect(summary.assumptions.length).toBeGreaterThan(5);
    // The event log has one row per detection.
    const events = readFileSync(join(out, 'apprehensions.csv'), 'utf8').trim().split('\n').length - 1;
    expect(events).toBe(summary.ledger.overall.detections);
  });

  it('moving the police operation in scenario.yml moves the rise in detections', () => {
    const early = scratch();
    const late = scratch();
    const dirEarly = editedExample((y) => y.replace('- date: 2023-10-27', '- date: 2023-10-01'));
    expect(runCli(['run', dirEarly, '--out', early, '--quiet']).status).toBe(0);
    expect(runCli(['run', example, '--out', late, '--quiet']).status).toBe(0);
    const a = fenceDetections(early);
    const b = fenceDetections(late);
    const sum = (m: Map<string, number>, from: string, to: string) => [...m].filter(([d]) => d >= from && d <= to).reduce((s, [, v]) => s + v, 0);
    // Before 1 Oct both runs are the same; in October the edited run returns people south.
    expect(sum(a, '2023-09-01', '2023-09-30')).toBe(sum(b, '2023-09-01', '2023-09-30'));
    expect(sum(a, '2023-10-01', '2023-10-26')).not.toBe(sum(b, '2023-10-01', '2023-10-26'));
  });

  it('a higher apprehension probability, set from the command line, gives more detections', () => {
    const low = scratch();
    const high = scratch();
    expect(runCli(['run', example, '--out', low, '--quiet', '--set', 'crossings.0.apprehension.value=0.2']).status).toBe(0);
    expect(runCli(['run', example, '--out', high, '--quiet', '--set', 'crossings.0.apprehension.value=0.8']).status).toBe(0);
    const det = (d: string) => (JSON.parse(readFileSync(join(d, 'summary.json'), 'utf8')) as { ledger: { overall: { detections: number } } }).ledger.overall.detections;
    expect(det(high)).toBeGreaterThan(det(low) * 1.5);
  });

  it('a malformed scenario.yml exits 2 with file, line and field, and no stack trace', () => {
    const dir = editedExample((y) => y.replace('policy: push-back\n    wait_days: { distribution: geometric', 'policy: pushback\n    wait_days: { distribution: geometric'));
    const r = runCli(['run', dir, '--out', scratch()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: scenario\.yml:\d+: crossings\[0\]\.policy: unknown policy "pushback"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('corridor compare', () => {
  it('prints the policies side by side; deportation detects each person once', () => {
    const out = scratch();
    const r = runCli(['compare', example, '--policy', 'internal-return', '--policy', 'deportation', '--policy', 'no-enforcement', '--out', out]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^\| policy \| persons \| detections \| persons detected \| detections per detected person/);
    const row = (name: string) => lines.find((l) => l.startsWith(`| ${name} |`))!.split('|').map((c) => c.trim());
    expect(row('deportation')[5]).toBe('1.00');
    expect(row('deportation')[3]).toBe(row('deportation')[4]);
    expect(row('no-enforcement')[3]).toBe('0');
    expect(readFileSync(join(out, 'compare.md'), 'utf8')).toBe(lines.slice(0, 5).join('\n') + '\n');
  });

  it('refuses an unknown policy', () => {
    const r = runCli(['compare', example, '--policy', 'open-border']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown policy "open-border".*one of internal-return, push-back/);
  });
});

/** Error messages quoting binary input show its control bytes as \xNN instead of sending them to the terminal. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { visibleControls } from '../../src/text/visibleControls.js';
import { expectCleanFailure, runInProcess } from '../store/inProcessCli.js';

const scratch = mkdtempSync(join(tmpdir(), 'corridor-control-bytes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('control bytes in error messages', () => {
  it('a location kind with escape sequences and a bell is quoted with visible escapes', async () => {
    const dir = join(scratch, 'example');
    cpSync(resolve('scenarios/example'), dir, { recursive: true });
    const csv = readFileSync(join(dir, 'locations.csv'), 'utf8').replace(',entry,', ',\u001b[2J\u001b]0;owned\u0007en\u0000try\u009b,');
    writeFileSync(join(dir, 'locations.csv'), csv);
    const r = await runInProcess(['run', dir, '--out', join(scratch, 'out'), '--no-store', '--quiet']);
    expectCleanFailure(r, /locations\.csv:\d+: kind: unknown kind "\\x1b\[2J\\x1b\]0;owned\\x07en\\x00try\\x9b"/);
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('an unknown option with control bytes is quoted with visible escapes too', async () => {
    const r = await runInProcess(['run', 'scenarios/example', '--bogus\u001b[31m']);
    expectCleanFailure(r, /unknown option '--bogus\\x1b\[31m'/);
    expect(r.stderr).not.toContain('\u001b');
  });

  it('a scenario name with control bytes is shown escaped in the run summary on stdout (found by the input fuzz test)', async () => {
    const dir = join(scratch, 'named');
    cpSync(resolve('scenarios/example'), dir, { recursive: true });
    const yml = readFileSync(join(dir, 'scenario.yml'), 'utf8').replace(/^name: example$/m, 'name: "ex\\e[2Jam\\x07ple"');
    writeFileSync(join(dir, 'scenario.yml'), yml);
    const r = await runInProcess(['run', dir, '--days', '3', '--out', join(scratch, 'named-out'), '--no-store']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^scenario +ex\\x1b\[2Jam\\x07ple$/m);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('keeps newlines, tabs and printable text (also beyond ASCII) as they are', () => {
    expect(visibleControls('a\tb\nc – ü ✓ \u007f\r')).toBe('a\tb\nc – ü ✓ \\x7f\\x0d');
  });
});

/**
 * The fuzz test's companion (issue 16 item 8): an internal fault, injected through the test-only
 * hook CORRIDOR_TEST_INTERNAL_FAULT (src/run/internalFaults.ts) into a run of an unchanged folder
 * on the same path as the fuzz cases, still exits 1 with "internal error". A catch-all that turned
 * every error into an input error would make the fuzz test pass while hiding bugs; this fails then.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTERNAL_FAULT_VARIABLE, type InternalFaultPlace } from '../../src/run/internalFaults.js';
import { FuzzChild, type CaseOutcome } from './fuzzChild.js';
import { copyScenario, fuzzScenarios } from './fuzzScenarios.js';

const scratch = mkdtempSync(join(tmpdir(), 'corridor-internal-fault-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of each fuzz folder, unmutated (so that without the fault each run exits 0). */
function folders(): string[] {
  return fuzzScenarios().map((s) => {
    const dir = join(scratch, 'in', s.name);
    copyScenario(s, dir);
    return dir;
  });
}

async function runAll(place: InternalFaultPlace | '', dirs: readonly string[], more: readonly string[] = []): Promise<CaseOutcome[]> {
  const scenarios = fuzzScenarios();
  const child = new FuzzChild({ [INTERNAL_FAULT_VARIABLE]: place, CORRIDOR_STORE: join(scratch, 'store') });
  try {
    const outcomes: CaseOutcome[] = [];
    for (const [i, dir] of dirs.entries()) outcomes.push(await child.run(i, ['run', dir, '--out', join(scratch, `out-${place}-${i}`), '--no-store', ...scenarios[i].args, ...more], 60_000));
    return outcomes;
  } finally {
    child.stop();
  }
}

function expectInternalError(o: CaseOutcome, place: string): void {
  expect(o.kind).toBe('exited');
  if (o.kind !== 'exited') return;
  expect(o.status, o.stderr).toBe(1);
  expect(o.stderr).toMatch(new RegExp(`^internal error: injected internal fault at ${place}`));
}

describe('an internal fault still exits 1 (no catch-all turns bugs into input errors)', () => {
  const dirs = folders();

  it('without a fault, every unmutated fuzz folder runs (exit 0)', async () => {
    for (const o of await runAll('', dirs)) expect(o.kind === 'exited' ? o.status : o.kind).toBe(0);
  }, 120_000);

  it('a plain Error thrown during a simulated day: exit 1 "internal error", in every folder', async () => {
    for (const o of await runAll('simulation-day', dirs)) expectInternalError(o, 'simulation-day');
  }, 120_000);

  it('the same from replicas in worker threads', async () => {
    for (const o of await runAll('simulation-day', dirs.slice(0, 1), ['--replicas', '2', '--threads', '2'])) expectInternalError(o, 'simulation-day');
  }, 120_000);

  it('a plain Error thrown while writing the output: exit 1, and no output folder left behind', async () => {
    const outcomes = await runAll('output-file', dirs);
    for (const o of outcomes) expectInternalError(o, 'output-file');
    for (const i of dirs.keys()) expect(existsSync(join(scratch, `out-output-file-${i}`))).toBe(false);
  }, 120_000);
});

/** A folder that is neither a corridor scenario nor a Flee folder is named as such (found by the input fuzz test: a corridor scenario whose scenario.yml was deleted was reported as a Flee folder without input_csv/). */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { expectCleanFailure, runInProcess } from '../store/inProcessCli.js';

const scratch = mkdtempSync(join(tmpdir(), 'corridor-layout-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('scenario folder layout', () => {
  it('a corridor scenario without its scenario.yml: exit 2 naming scenario.yml and input_csv/', async () => {
    const dir = join(scratch, 'example');
    cpSync(resolve('scenarios/example'), dir, { recursive: true });
    rmSync(join(dir, 'scenario.yml'));
    const r = await runInProcess(['run', dir, '--out', join(scratch, 'out'), '--no-store', '--quiet']);
    expectCleanFailure(r, /example: neither scenario\.yml nor input_csv\/ in the scenario folder \(expected a corridor scenario folder with scenario\.yml, or a Flee folder/);
  });
});

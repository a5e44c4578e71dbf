/** Runs the corridor CLI from source in a child process, as a user would (exit code, stdout, stderr). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `corridor run` stores its runs: tests keep them in a store of their own, not the user's. */
const testStore = mkdtempSync(join(tmpdir(), 'corridor-test-store-'));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd = root): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli/bin.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CORRIDOR_DEBUG: '', CORRIDOR_STORE: testStore },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the corridor CLI from source in a child process, as a user would (exit code, stdout, stderr). */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** tsx's loader by its full address, so that a child started in another folder finds it. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** `corridor run` stores its runs: tests keep them in a store of their own, not the user's. */
const testStore = mkdtempSync(join(tmpdir(), 'corridor-test-store-'));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The signal that ended the process, if one did. */
  readonly signal?: NodeJS.Signals | null;
}

export function runCli(args: readonly string[], cwd = root): CliResult {
  const r = spawnSync(process.execPath, ['--import', tsx, resolve(root, 'src/cli/bin.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CORRIDOR_DEBUG: '', CORRIDOR_STORE: testStore },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `runCli` without blocking the test worker while the child runs (a long synchronous wait starves
 * vitest's own messages and fails the run with an RPC timeout).
 */
export function runCliAsync(args: readonly string[], cwd = root, env: Readonly<Record<string, string>> = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, resolve(root, 'src/cli/bin.ts'), ...args], { cwd, env: { ...process.env, CORRIDOR_DEBUG: '', CORRIDOR_STORE: testStore, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr, signal });
    });
  });
}

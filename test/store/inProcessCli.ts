/**
 * Runs the corridor CLI's `main` inside the test process, capturing what it writes: the same exit
 * codes and messages as the real command, without the cost of starting a process (used for the
 * many bad-input cases; the happy paths run as real processes through test/cli/runCli.ts).
 */
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliResult } from '../cli/runCli.js';

export async function runInProcess(args: readonly string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const status = await main(args);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** Exit code 2, the expected message, and no stack trace. */
export function expectCleanFailure(r: CliResult, message: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

/**
 * Runs the corridor CLI's `main` inside the test process, capturing what it writes: the same exit
 * codes and messages as the real command, without the cost of starting a process (used for the
 * many bad-input cases; the happy paths run as real processes through test/cli/runCli.ts).
 */
import { expect } from 'vitest';
import { runCaptured } from '../helpers/capturedCli.js';
import type { CliResult } from '../cli/runCli.js';

export function runInProcess(args: readonly string[]): Promise<CliResult> {
  return runCaptured(args);
}

/** Exit code 2, the expected message, and no stack trace. */
export function expectCleanFailure(r: CliResult, message: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

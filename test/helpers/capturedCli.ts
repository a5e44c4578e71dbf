/**
 * Runs the corridor CLI's `main` inside this process, capturing what it writes: the same exit
 * codes and messages as the real command, without the cost of starting a process. Shared by the
 * in-process bad-input tests (test/store/inProcessCli.ts) and the fuzz test's child process
 * (test/fuzz/fuzzDriver.ts), which runs outside vitest (so nothing here imports it).
 */
import { main } from '../../src/cli/main.js';

export interface CapturedRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCaptured(args: readonly string[]): Promise<CapturedRun> {
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

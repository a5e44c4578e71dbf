/**
 * Child processes for the queue tests: a private redis-server (see bench/redisServer.ts) and corridor
 * commands run from source. Everything started is recorded, and `stopAll` kills what still runs.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { startRedisServer } from '../../bench/redisServer.js';

export { freePort } from '../../bench/redisServer.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started: ChildProcess[] = [];

export interface Child {
  readonly process: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** What was written to stdout / stderr alone. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in the output (rejects after `timeoutMs`). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  running(): boolean;
}

function track(p: ChildProcess): Child {
  started.push(p);
  let text = '';
  let out = '';
  let err = '';
  let done = false;
  p.stdout?.on('data', (b: Buffer) => {
    text += b.toString();
    out += b.toString();
  });
  p.stderr?.on('data', (b: Buffer) => {
    text += b.toString();
    err += b.toString();
  });
  const exited = new Promise<number | null>((res) => p.on('exit', (code) => {
    done = true;
    res(code);
  }));
  return {
    process: p,
    output: () => text,
    stdout: () => out,
    stderr: () => err,
    running: () => !done,
    exited,
    waitFor: async (pattern, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = pattern.exec(text);
        if (m !== null) return m;
        if (done || Date.now() > deadline) throw new Error(`no ${pattern} in the output of ${p.spawnargs.join(' ')}:\n${text}`);
        await sleep(20);
      }
    },
  };
}

export function spawnCorridor(args: readonly string[], env: Readonly<Record<string, string>> = {}): Child {
  return track(spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli/bin.ts'), ...args], { cwd: root, env: { ...process.env, CORRIDOR_DEBUG: '', ...env } }));
}

/**
 * Runs a corridor command to its end without blocking this process (unlike spawnSync, the test
 * worker keeps answering the test runner meanwhile).
 */
export async function runCorridor(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawnCorridor(args, env);
  const status = await child.exited;
  return { status, stdout: child.stdout(), stderr: child.stderr() };
}

/** A redis-server for this test file (stopped by `stopAll`); resolves with its URL. */
export async function startRedis(): Promise<string> {
  return (await startRedisProcess()).url;
}

/** A redis-server for this test file (stopped by `stopAll`), with its process, for tests that kill it. */
export async function startRedisProcess(): Promise<{ url: string; process: ChildProcess }> {
  const server = await startRedisServer();
  started.push(server.process);
  return { url: server.url, process: server.process };
}

/** Kills every child still running and waits for it to go. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    started.splice(0).map(
      (p) =>
        new Promise<void>((res) => {
          if (p.exitCode !== null || p.signalCode !== null) {
            res();
            return;
          }
          p.on('exit', () => res());
          p.kill('SIGKILL');
        }),
    ),
  );
}

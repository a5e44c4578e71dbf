/**
 * The parent side of the fuzz test's child process (fuzzDriver.ts): sends one case at a time and
 * waits for its answer, at most `limitMs`. A case that takes longer is a hang: the child is killed
 * and a fresh one serves the next case. A child that dies during a case (a signal, a
 * `process.exit`, running out of memory) is reported with its exit code or signal.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CaseReply } from './fuzzDriver.js';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export type CaseOutcome =
  | { readonly kind: 'exited'; readonly status: number; readonly stdout: string; readonly stderr: string }
  | { readonly kind: 'died'; readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stray: string }
  | { readonly kind: 'hung'; readonly limitMs: number };

export class FuzzChild {
  private child: ChildProcess | undefined;
  /** What the child wrote to its real stdout/stderr outside a captured case (checked too). */
  private stray = '';

  constructor(private readonly env: Readonly<Record<string, string>>) {}

  async run(id: number, args: readonly string[], limitMs: number): Promise<CaseOutcome> {
    const child = await this.started();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        finish();
        this.stop();
        resolve({ kind: 'hung', limitMs });
      }, limitMs);
      const onMessage = (reply: CaseReply): void => {
        if (reply.id !== id) return;
        finish();
        resolve({ kind: 'exited', status: reply.status, stdout: reply.stdout + this.takeStray(), stderr: reply.stderr });
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        finish();
        this.child = undefined;
        resolve({ kind: 'died', code, signal, stray: this.takeStray() });
      };
      const finish = (): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ id, args });
    });
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }

  private takeStray(): string {
    const s = this.stray;
    this.stray = '';
    return s;
  }

  private started(): Promise<ChildProcess> {
    if (this.child !== undefined) return Promise.resolve(this.child);
    const child = fork(join(here, 'fuzzDriver.ts'), [], {
      execArgv: ['--import', tsx, '--max-old-space-size=1024'],
      env: { ...process.env, CORRIDOR_DEBUG: '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (this.stray += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (this.stray += d));
    this.child = child;
    return new Promise((resolve, reject) => {
      const onError = (e: Error): void => failed(e.message);
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => failed(`exit code ${code}, signal ${signal}`);
      const failed = (why: string): void => reject(new Error(`the fuzz child process did not start: ${why}; it wrote: ${this.takeStray()}`));
      child.once('message', () => {
        child.off('error', onError);
        child.off('exit', onExit);
        resolve(child);
      });
      child.once('error', onError);
      child.once('exit', onExit);
    });
  }
}

/** `corridor serve` as a user starts it: loopback by default, the URL printed, Ctrl-C stops it; bad options refused. */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeWebDir, handBuiltStore } from './dashboardStore.js';
import { runCliAsync } from '../cli/runCli.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `corridor serve` with extra environment variables, to its exit. */
function serveWith(env: Readonly<Record<string, string>>, args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli/bin.ts'), 'serve', ...args], { cwd: root, env: { ...process.env, CORRIDOR_DEBUG: '', ...env } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stderr });
    });
  });
}

describe('corridor serve', () => {
  it('serves the store on 127.0.0.1, prints where, and stops on SIGTERM', async () => {
    const store = await handBuiltStore();
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli/bin.ts'), 'serve', '--port', '0', '--store', store.dir], {
      cwd: root,
      env: { ...process.env, CORRIDOR_WEB_DIR: fakeWebDir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      await expect.poll(() => out, { timeout: 30_000 }).toMatch(/dashboard at http:\/\/127\.0\.0\.1:\d+\//);
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0] ?? '';
      const runs = (await (await fetch(new URL('/api/runs', url))).json()) as { runs: unknown[] };
      expect(runs.runs).toHaveLength(3);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('refuses a bad port or an unbuilt dashboard with a clear message and exit code 2', async () => {
    const port = await runCliAsync(['serve', '--port', 'eighty']);
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('--port must be an integer >= 0, got "eighty"');
    const high = await runCliAsync(['serve', '--port', '70000']);
    expect(high.status).toBe(2);
    expect(high.stderr).toContain('port 70000 is out of range');
    const unbuilt = await serveWith({ CORRIDOR_WEB_DIR: resolve(root, 'docs') }, ['--port', '0']);
    expect(unbuilt.status).toBe(2);
    expect(unbuilt.stderr).toMatch(/the dashboard is not built .*run npm run build/);
    expect(unbuilt.stderr).not.toMatch(/\n\s+at /);
  });
});

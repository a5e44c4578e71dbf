/**
 * The front end built by vite into a folder of its own, for tests that serve it. The build runs in
 * a child process, so the test worker stays responsive meanwhile.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function buildDashboard(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'corridor-web-'));
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(root, 'web', 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? done(outDir) : reject(new Error(`vite build failed (${status}): ${stderr}`))));
  });
}

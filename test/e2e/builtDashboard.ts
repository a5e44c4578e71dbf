/** The front end built by vite into a folder of its own, for tests that serve it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function buildDashboard(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'corridor-web-'));
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

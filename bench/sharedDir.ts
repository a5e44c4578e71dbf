/**
 * The read-only data folder shared between projects (`../shared` next to the repository, or
 * CORRIDOR_SHARED_DIR). Tests (through test/helpers/sharedData.ts) and benchmarks read it here.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the repository root (no package.json above this file)');
    dir = up;
  }
  return dir;
}

export function sharedDir(): string {
  const root = repositoryRoot();
  const override = process.env.CORRIDOR_SHARED_DIR;
  const fromEnv = override !== undefined && override !== '';
  const dir = fromEnv ? resolve(override) : resolve(root, '..', 'shared');
  if (!existsSync(dir)) {
    throw new Error(
      `shared data folder not found: expected ${dir}` +
        (fromEnv
          ? ' (from CORRIDOR_SHARED_DIR)'
          : ` (../shared next to the repository root ${root}); set CORRIDOR_SHARED_DIR=/path/to/shared to use another location`),
    );
  }
  return dir;
}

/** A path inside `<shared>/scenarios`, e.g. `sharedScenario('flee/mali2012')`. */
export function sharedScenario(relative: string): string {
  return join(sharedDir(), 'scenarios', relative);
}

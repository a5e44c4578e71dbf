/**
 * The read-only data folder shared between projects (`../shared` next to the repository, or
 * CORRIDOR_SHARED_DIR). Every test that reads it goes through here.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedDir(): string {
  const override = process.env.CORRIDOR_SHARED_DIR;
  const dir = override !== undefined && override !== '' ? resolve(override) : resolve(repoRoot, '..', 'shared');
  if (!existsSync(dir)) {
    throw new Error(
      `shared data folder not found: expected ${dir}` +
        (override !== undefined && override !== ''
          ? ' (from CORRIDOR_SHARED_DIR)'
          : ` (../shared next to the repository root ${repoRoot}); set CORRIDOR_SHARED_DIR=/path/to/shared to use another location`),
    );
  }
  return dir;
}

/** A path inside `<shared>/scenarios`, e.g. `sharedScenario('flee/mali2012')`. */
export function sharedScenario(relative: string): string {
  return join(sharedDir(), 'scenarios', relative);
}

/**
 * Where the read-only shared data lives: `../shared` beside the repository, or CORRIDOR_SHARED_DIR.
 * Benchmarks and tests read scenarios there in place.
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
  const fromEnv = process.env.CORRIDOR_SHARED_DIR;
  const dir = fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : resolve(repositoryRoot(), '..', 'shared');
  if (!existsSync(join(dir, 'scenarios'))) {
    throw new Error(
      `the shared data folder was expected at ${dir} (with scenarios/ inside); ` +
        'put the workplace\'s shared/ folder beside the repository or set CORRIDOR_SHARED_DIR to its path',
    );
  }
  return dir;
}

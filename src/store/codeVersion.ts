/**
 * The version of corridor that produced a run: `<package version>+<git commit>` (with `-dirty`
 * when tracked files differ from the commit), or `<package version>+unknown` outside a checkout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function codeVersion(): string {
  cached ??= computeCodeVersion();
  return cached;
}

function computeCodeVersion(): string {
  const root = packageRoot();
  if (root === undefined) return 'unknown';
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return `${pkg.version ?? 'unknown'}+${gitCommit(root)}`;
}

/** The nearest folder above this module with corridor's package.json (sources and bundle alike). */
function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'corridor') return dir;
      } catch {
        // not ours; keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function gitCommit(root: string): string {
  const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', timeout: 5000 });
  const head = git(['rev-parse', '--short=12', 'HEAD']);
  if (head.status !== 0) return 'unknown';
  const dirty = git(['status', '--porcelain', '--untracked-files=no']);
  return head.stdout.trim() + (dirty.status === 0 && dirty.stdout.trim() !== '' ? '-dirty' : '');
}

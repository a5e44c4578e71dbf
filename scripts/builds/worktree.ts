/**
 * A git ref checked out into a temporary worktree (detached), with node_modules linked from the
 * current checkout so that its code runs with the same packages. Used by compareBuilds and abSpeed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Checkout {
  /** The ref as given (`HEAD~1`, `a81a23a`, a branch). */
  readonly ref: string;
  /** The full commit hash it names. */
  readonly commit: string;
  readonly dir: string;
}

/** The root of the repository this script belongs to. */
export function repositoryRoot(): string {
  return resolve(import.meta.dirname, '..', '..');
}

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Checks `ref` out into `dir` (which must not exist yet) and links node_modules there. */
export function checkOut(root: string, ref: string, dir: string): Checkout {
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) throw new Error(`no node_modules in ${root}: run npm install there first`);
  const commit = git(root, ['rev-parse', '--verify', `${ref}^{commit}`]);
  git(root, ['worktree', 'add', '--detach', dir, commit]);
  const checkout = { ref, commit, dir };
  try {
    symlinkSync(modules, join(dir, 'node_modules'));
  } catch (error) {
    removeCheckout(root, checkout);
    throw error;
  }
  return checkout;
}

/** Removes a worktree made by checkOut (its files and git's record of it). */
export function removeCheckout(root: string, checkout: Checkout): void {
  git(root, ['worktree', 'remove', '--force', checkout.dir]);
}

/** `--name value` pairs and positional words of a script's command line. */
export function parseArguments(argv: readonly string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('--')) positional.push(word);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options.set(word.slice(2), argv[++i]);
    else options.set(word.slice(2), 'true');
  }
  return { positional, options };
}

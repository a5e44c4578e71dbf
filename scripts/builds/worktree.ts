/**
 * A git ref checked out into a temporary worktree (detached), with node_modules linked from the
 * current checkout so that its code runs with the same packages. Used by compareBuilds and abSpeed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * Checks `refA` and `refB` out into a temporary folder (as A and B), runs `body` on them with that
 * folder for its own scratch files, and removes both checkouts and the folder however it ends.
 */
export function withTwoCheckouts<T>(root: string, refs: readonly [string, string], prefix: string, body: (builds: [Checkout, Checkout], scratch: string) => T): T {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const builds: Checkout[] = [];
  try {
    for (const [side, ref] of [['A', refs[0]], ['B', refs[1]]]) builds.push(checkOut(root, ref, join(scratch, side)));
    return body([builds[0], builds[1]], scratch);
  } finally {
    for (const checkout of builds) removeCheckout(root, checkout);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs a script's `main` as its exit code; an error is one line on stderr and exit code 2. */
export function runScript(main: () => number): void {
  try {
    process.exitCode = main();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

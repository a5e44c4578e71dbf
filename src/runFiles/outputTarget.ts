/**
 * Checks on an output folder, made before any simulation so that a refused `--out` costs nothing:
 * not empty text, not on a special file system (/proc, /sys, /dev, where a recursive mkdir may
 * never return), not the scenario folder or inside it, not the folder of an input file, not the
 * results store, not a folder that holds an input or the store (replacing it would delete them),
 * not a non-empty folder that corridor did not write (no marker file, and not only entries other
 * corridor commands put there), and its parent must be writable (the new set is written beside
 * it). Paths are compared after resolving symbolic links of their nearest existing ancestor.
 */
import { accessSync, constants, existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { OUTPUT_MARKER, hasMarker } from './outputMarker.js';
import { ENSEMBLE_SUMMARY, looksLikeUnmarkedOutput } from './unmarkedOutput.js';

/**
 * An input of a run: a folder read as a whole (the scenario folder), a single file, or the results
 * store (an output folder may lie inside it, as the store's files are its own, but not be it).
 */
export interface InputLocation {
  readonly path: string;
  readonly kind: 'folder' | 'file' | 'store';
  /** What it is, in messages (default: `the input folder` / `the input`). */
  readonly role?: string;
}

const SPECIAL_FILE_SYSTEMS = ['/proc', '/sys', '/dev'];

/** `path` with the symbolic links of its nearest existing ancestor resolved. */
export function realLocation(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realLocation(parent), basename(absolute));
}

/** Whether `path` is `folder` or lies below it (both real, absolute). */
export function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function refuse(problem: string, expected: string): never {
  throw new InputError(problem, { field: '--out', expected });
}

function checkFileSystem(shown: string, real: string): void {
  const special = SPECIAL_FILE_SYSTEMS.find((root) => isWithin(real, root));
  if (special !== undefined) refuse(`${shown} is on the special file system ${special}`, 'a folder on an ordinary disk');
}

function checkInput(shown: string, real: string, input: InputLocation): void {
  const inputReal = realLocation(input.path);
  const away = 'an output folder apart from the inputs, e.g. results/<scenario name>';
  if (input.kind === 'folder' && isWithin(real, inputReal)) refuse(`${shown} is ${input.role ?? 'the input folder'} ${input.path} or lies inside it; writing there would change it`, away);
  if (input.kind === 'store' && real === inputReal) refuse(`${shown} is ${input.role ?? 'the results store'} ${input.path}; writing there would change it`, away);
  if (input.kind === 'file' && real === dirname(inputReal)) refuse(`${shown} is the folder of the input file ${input.path}; replacing it would delete that file`, away);
  if (isWithin(inputReal, real)) refuse(`${shown} holds ${input.role ?? 'the input'} ${input.path}; replacing the output folder would delete it`, away);
}

/**
 * An entry corridor put into a folder without writing the folder itself: another command's output
 * folder (`corridor validate` writes `results/<name>/validation/` inside a run's default folder)
 * or an ensemble summary (`results/<name>/ensemble-<id>.json`).
 */
function isCorridorEntry(folder: string, name: string): boolean {
  const path = join(folder, name);
  if (statSync(path).isDirectory()) return hasMarker(path);
  return ENSEMBLE_SUMMARY.test(name);
}

function checkExisting(shown: string, real: string): void {
  if (!existsSync(real)) return;
  if (!statSync(real).isDirectory()) refuse(`${shown} exists and is not a folder`, 'a folder path');
  if (!hasMarker(real) && !readdirSync(real).every((name) => isCorridorEntry(real, name))) {
    const older = looksLikeUnmarkedOutput(real) ? '; it looks like the output of a corridor version from before output folders were marked: delete it or choose another --out' : '';
    refuse(`${shown} is a non-empty folder that corridor did not write (it has no ${OUTPUT_MARKER} file), and corridor replaces its output folder as a whole${older}`, 'a new or empty folder, or one an earlier corridor command wrote');
  }
}

/** The output set is written beside the folder and renamed: the nearest existing parent must take new entries. */
function checkWritableParent(shown: string, real: string): void {
  let parent = dirname(real);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  try {
    accessSync(parent, constants.W_OK);
  } catch {
    refuse(`cannot write in ${parent}, where ${shown} and its temporary sibling go (permission denied)`, 'an output folder whose parent folder is writable');
  }
}

/**
 * The absolute output folder (`given`, else `fallback`) after the checks above; an `InputError`
 * naming `--out` when one fails.
 */
export function checkOutputTarget(given: string | undefined, fallback: string, inputs: readonly InputLocation[]): string {
  if (given !== undefined && given.trim() === '') refuse('an empty path is not an output folder', 'a folder path');
  const shown = given ?? fallback;
  const target = resolve(shown);
  const real = realLocation(target);
  checkFileSystem(shown, real);
  for (const input of inputs) checkInput(shown, real, input);
  checkExisting(shown, real);
  checkWritableParent(shown, real);
  // A symbolic link to a folder is followed: the folder it names is the one replaced.
  return existsSync(target) && lstatSync(target).isSymbolicLink() ? real : target;
}

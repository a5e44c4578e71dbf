/**
 * Entries of an old output folder that were not part of its output set (its marker does not list
 * them: a nested output folder of another command, such as `validation/` inside a run's folder,
 * or a file the user put there) move into the folder that replaces it, so replacing an output
 * set never deletes anything corridor did not write as part of that set.
 */
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_MARKER, readMarker } from './outputMarker.js';

/** Top-level entries of `oldDir` outside its output set. */
export function foreignEntries(oldDir: string): string[] {
  const listed = new Set(readMarker(oldDir)?.entries ?? []);
  listed.add(OUTPUT_MARKER);
  return readdirSync(oldDir).filter((name) => !listed.has(name));
}

/** Moves `oldDir`'s foreign entries into `newDir` (an entry the new set also has stays behind). */
export function carryForeignEntries(oldDir: string, newDir: string): void {
  for (const name of foreignEntries(oldDir)) {
    if (!existsSync(join(newDir, name))) renameSync(join(oldDir, name), join(newDir, name));
  }
}

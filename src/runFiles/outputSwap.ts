/**
 * Putting a complete output set in place of the old one. A folder cannot be renamed over a
 * non-empty folder, so the swap takes two renames: the old folder to a backup sibling, then the
 * new folder to the target. Between the two (a few microseconds) the target does not exist; a
 * reader sees the old set, then nothing, then the new set, never a mix. A run killed in that
 * window leaves the old set in the backup sibling, which the next run into the same folder puts
 * back before it starts (outputLeftovers.ts). Entries outside the old set move over afterwards
 * (outputCarryOver.ts); the backup is removed last.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { carryForeignEntries } from './outputCarryOver.js';
import { outputFaultPoint } from './outputFaults.js';
import { siblingPath } from './outputSiblings.js';

export function swapIntoPlace(newDir: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(newDir, target);
    outputFaultPoint('new-set-in-place');
    return;
  }
  const backup = siblingPath(target, 'old');
  renameSync(target, backup);
  outputFaultPoint('old-set-moved');
  try {
    renameSync(newDir, target);
  } catch (e) {
    renameSync(backup, target);
    throw e;
  }
  outputFaultPoint('new-set-in-place');
  carryForeignEntries(backup, target);
  rmSync(backup, { recursive: true, force: true });
}

/**
 * What a killed run left beside an output folder, cleaned up before the next run into it writes:
 * a temporary new set is removed; a backup of the old set is put back when the target is missing
 * (the run died between the two renames of the swap), else its foreign entries are moved into the
 * target and it is removed. Siblings of processes still running (a concurrent run) are left alone.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { carryForeignEntries } from './outputCarryOver.js';
import { existingSiblings, isProcessAlive } from './outputSiblings.js';

export function cleanLeftovers(target: string): void {
  const stale = existingSiblings(target).filter((s) => !isProcessAlive(s.pid));
  for (const s of stale.filter((x) => x.kind === 'old')) {
    if (!existsSync(target)) {
      renameSync(s.path, target);
      continue;
    }
    carryForeignEntries(s.path, target);
    rmSync(s.path, { recursive: true, force: true });
  }
  for (const s of stale.filter((x) => x.kind === 'tmp')) rmSync(s.path, { recursive: true, force: true });
}

/** The lines `corridor run` prints about what it stored. */
import type { CommitResult } from './storeWriter.js';

export function formatStored(dir: string, r: CommitResult): string {
  const ids = (list: readonly string[]) => (list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')}, … (${list.length})`);
  const lines: string[] = [];
  if (r.stored.length > 0) lines.push(`stored             run ${ids(r.stored)} in ${dir}`);
  if (r.skipped.length > 0) lines.push(`already stored     run ${ids(r.skipped)} (same scenario, settings, seed, replica and days): not stored again`);
  return lines.map((l) => l + '\n').join('');
}

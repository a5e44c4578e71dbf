/**
 * The marker file corridor writes into every output folder it fills (`.corridor-output`): which
 * command wrote the folder and which of its top-level entries belong to that output set. A
 * non-empty folder without it was not written by corridor and is never replaced; entries the
 * marker does not list (a nested output folder of another command, a file the user added) are
 * kept when the set is replaced.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const OUTPUT_MARKER = '.corridor-output';

export interface OutputMarker {
  /** The command that wrote the folder, e.g. `corridor run`. */
  readonly writtenBy: string;
  /** Top-level names of the output set, sorted (the marker itself not included). */
  readonly entries: readonly string[];
}

export function markerText(marker: OutputMarker): string {
  return JSON.stringify({ written_by: marker.writtenBy, entries: marker.entries }, null, 2) + '\n';
}

/** Whether `dir` holds a marker file (its content need not be readable). */
export function hasMarker(dir: string): boolean {
  return existsSync(join(dir, OUTPUT_MARKER));
}

/** The marker of `dir`; undefined when absent or unreadable. */
export function readMarker(dir: string): OutputMarker | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, OUTPUT_MARKER), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { written_by: writtenBy, entries } = parsed as { written_by?: unknown; entries?: unknown };
    if (typeof writtenBy !== 'string' || !Array.isArray(entries)) return undefined;
    return { writtenBy, entries: entries.filter((e): e is string => typeof e === 'string') };
  } catch {
    return undefined;
  }
}

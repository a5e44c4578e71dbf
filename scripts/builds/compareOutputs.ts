/**
 * Byte-for-byte comparison of two output folders of `corridor run`. summary.json is compared after
 * removing the fields that measure the machine, not the model (`wall_s`, `agent_steps_per_s`, at
 * any depth); every other file as bytes, except the marker `.corridor-output` (it says which
 * command wrote the folder, not what the model computed; builds before it have none).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Fields of summary.json that differ from run to run of the same build (timings). */
export const TIMING_FIELDS = new Set(['wall_s', 'agent_steps_per_s']);

/** Written by corridor into every output folder (src/runFiles/outputSet.ts); not a model output. */
const OUTPUT_MARKER = '.corridor-output';

export interface FolderComparison {
  readonly files: number;
  /** The first file (in name order) that differs or exists on one side only, with why. */
  readonly firstDifference: string | undefined;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== OUTPUT_MARKER)
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

function withoutTimings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimings);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([key]) => !TIMING_FIELDS.has(key)).map(([key, v]) => [key, withoutTimings(v)]),
  );
}

/** Whether two files hold the same output (summary.json: the same apart from timings). */
export function sameOutput(name: string, a: Buffer, b: Buffer): boolean {
  if (name.endsWith('summary.json')) {
    const normal = (bytes: Buffer): string => JSON.stringify(withoutTimings(JSON.parse(bytes.toString('utf8'))));
    return normal(a) === normal(b);
  }
  return a.equals(b);
}

export function compareFolders(dirA: string, dirB: string): FolderComparison {
  const namesA = filesUnder(dirA);
  const namesB = new Set(filesUnder(dirB));
  const all = [...new Set([...namesA, ...namesB])].sort();
  for (const name of all) {
    if (!namesA.includes(name)) return { files: all.length, firstDifference: `${name} (only in B)` };
    if (!namesB.has(name)) return { files: all.length, firstDifference: `${name} (only in A)` };
    if (!sameOutput(name, readFileSync(join(dirA, name)), readFileSync(join(dirB, name)))) {
      return { files: all.length, firstDifference: name };
    }
  }
  return { files: all.length, firstDifference: undefined };
}

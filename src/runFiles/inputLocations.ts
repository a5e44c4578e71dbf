/**
 * Where a run's inputs live, for the output-folder checks (outputTarget.ts): the scenario
 * folder, the files a corridor scenario.yml names under `files:` (they may lie outside its folder,
 * e.g. `../shared/links.csv`), the settings file, any other file given on the command line, and the
 * results store.
 * Read after the scenario itself was read successfully, so scenario.yml is known to parse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { InputLocation } from './outputTarget.js';

function corridorFiles(dir: string): string[] {
  const yml = join(dir, 'scenario.yml');
  if (!existsSync(yml)) return [];
  try {
    const doc: unknown = parse(readFileSync(yml, 'utf8'), { maxAliasCount: 100 });
    const files = (doc as { files?: unknown } | null)?.files;
    if (typeof files !== 'object' || files === null) return [];
    return Object.values(files).filter((f): f is string => typeof f === 'string').map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/**
 * The inputs of a run of the scenario folder `scenarioDir` with the given extra files, and the
 * results store it reads and writes (an output folder must not hold it or lie inside it either).
 */
export function inputLocations(scenarioDir: string, files: readonly (string | undefined)[], storeDir?: string): InputLocation[] {
  const dir = resolve(scenarioDir);
  const given = files.filter((f): f is string => f !== undefined).map((f) => resolve(f));
  const store: InputLocation[] = storeDir === undefined ? [] : [{ path: resolve(storeDir), kind: 'store', role: 'the results store' }];
  return [{ path: dir, kind: 'folder' }, ...[...corridorFiles(dir), ...given].map((path): InputLocation => ({ path, kind: 'file' })), ...store];
}

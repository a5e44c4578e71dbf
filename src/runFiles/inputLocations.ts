/**
 * Where a run's inputs live, for the output-folder checks (outputTarget.ts): the scenario folder,
 * the files its reader read (Scenario.inputFiles: they may lie outside the folder, e.g. a corridor
 * scenario's `../shared/links.csv` or a Flee series file), the settings file, any other file given
 * on the command line, and the results store.
 */
import { resolve } from 'node:path';
import type { InputLocation } from './outputTarget.js';

/**
 * The inputs of a run of the scenario folder `scenarioDir` with the given extra files, and the
 * results store it reads and writes (an output folder must not hold it or lie inside it either).
 */
export function inputLocations(scenarioDir: string, files: readonly (string | undefined)[], storeDir?: string): InputLocation[] {
  const dir = resolve(scenarioDir);
  const given = files.filter((f): f is string => f !== undefined).map((f) => resolve(f));
  const store: InputLocation[] = storeDir === undefined ? [] : [{ path: resolve(storeDir), kind: 'store', role: 'the results store' }];
  return [{ path: dir, kind: 'folder' }, ...given.map((path): InputLocation => ({ path, kind: 'file' })), ...store];
}

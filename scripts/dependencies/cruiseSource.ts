/**
 * One cruise of src/ by dependency-cruiser with the rules of .dependency-cruiser.cjs: the import
 * graph (modules and their dependencies, type-only imports included) and the rule violations.
 * Used by the architecture test and by `npm run deps:graph`.
 */
import { resolve } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

export const RULES_FILE = '.dependency-cruiser.cjs';

/**
 * Cruises `<root>/src` (paths in the result are relative to root, e.g. `src/engine/state.ts`) with
 * the rules of `rulesFile` (by default root's own).
 */
export async function cruiseSource(root: string, rulesFile = resolve(root, RULES_FILE)): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(rulesFile);
  const tsConfigFile = resolve(root, 'tsconfig.json');
  const { output } = await cruise(
    ['src'],
    { ...options, baseDir: root, tsConfig: { fileName: tsConfigFile } },
    {},
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  if (typeof output === 'string') throw new Error(`dependency-cruiser answered text, not a result: ${output.slice(0, 200)}`);
  return output;
}

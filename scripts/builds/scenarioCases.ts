/**
 * The scenarios on which two builds must give byte-identical outputs (issue 14, "Must show"): every
 * scenario folder of ../shared/scenarios/flee* and both Western Balkan scenarios of the repository,
 * each at 1 and at 2 threads, run as `corridor run` would run them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ScenarioCase {
  /** `flee-validation/mali2012`, `scenarios/western-balkans-2023`. */
  readonly name: string;
  readonly dir: string;
  /** `--settings` when the folder's own simsetting.yml is not the one (flee-validation). */
  readonly settingsFile: string | undefined;
  readonly threads: number;
}

/** Scenario folders of `<shared>/scenarios/<group>` (folders holding input_csv/). */
function fleeFolders(shared: string, group: string): string[] {
  const dir = join(shared, 'scenarios', group);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'input_csv')))
    .map((e) => e.name)
    .sort();
}

export function scenarioCases(shared: string, repository: string): ScenarioCase[] {
  const groups = readdirSync(join(shared, 'scenarios'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith('flee'))
    .map((e) => e.name)
    .sort();
  const folders = groups.flatMap((group) =>
    fleeFolders(shared, group).map((name) => {
      // FabFlee's validation suite keeps one settings file for all its conflicts, at the group level.
      const groupSettings = join(shared, 'scenarios', group, 'simsetting.yml');
      const ownSettings = join(shared, 'scenarios', group, name, 'simsetting.yml');
      const settingsFile = !existsSync(ownSettings) && existsSync(groupSettings) ? groupSettings : undefined;
      return { name: `${group}/${name}`, dir: join(shared, 'scenarios', group, name), settingsFile };
    }),
  );
  const corridor = ['western-balkans-2023', 'western-balkans-2015'].map((name) => ({
    name: `scenarios/${name}`,
    dir: join(repository, 'scenarios', name),
    settingsFile: undefined,
  }));
  return [...folders, ...corridor].flatMap((c) => [1, 2].map((threads) => ({ ...c, threads })));
}

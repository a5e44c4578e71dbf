/**
 * The scenarios on which corridor is compared with Flee: the four classic conflicts with their own
 * settings, and FabFlee's validation suite with its shared settings file.
 */
import { join } from 'node:path';

export interface EquivalenceCase {
  /** Name as in ../shared/reference/flee-baseline.csv, e.g. `flee/mali2012`. */
  readonly scenario: string;
  readonly dir: string;
  readonly settingsFile: string;
  /** Settings overrides that match how Flee's reference was measured. */
  readonly overrides: readonly string[];
}

export function equivalenceCases(shared: string): EquivalenceCase[] {
  const classic = ['mali2012', 'burundi', 'car', 'ssudan'].map((name) => ({
    scenario: `flee/${name}`,
    dir: join(shared, 'scenarios', 'flee', name),
    settingsFile: join(shared, 'scenarios', 'flee', name, 'simsetting.yml'),
    overrides: ['log_levels.agent=0', 'log_levels.link=0'],
  }));
  const validation = ['mali2012', 'burundi2015', 'car2013', 'ssudan2013'].map((name) => ({
    scenario: `flee-validation/${name}`,
    dir: join(shared, 'scenarios', 'flee-validation', name),
    settingsFile: join(shared, 'scenarios', 'flee-validation', 'simsetting.yml'),
    overrides: [],
  }));
  return [...classic, ...validation];
}

/**
 * What the policy sections of scenario.yml share while they are read: the YAML fields, numbers and
 * day distributions checked against their sources (assumptions collected), and location names
 * resolved against locations.csv.
 */
import type { Assumption, Distribution } from '../../domain/corridor.js';
import type { YamlFields, YamlPath } from './yamlFields.js';
import type { ReadNumber } from './yamlNumbers.js';
import { readDistribution } from './yamlNumbers.js';

export interface PolicyReader {
  readonly y: YamlFields;
  readonly num: ReadNumber;
  /** The citation keys of the `sources:` map. */
  readonly sources: ReadonlySet<string>;
  /** Location index by name (locations.csv order). */
  readonly byName: ReadonlyMap<string, number>;
  /** The day distribution at a path, or `fallback` when a problem is recorded. */
  dist(path: YamlPath, fallback: Distribution): Distribution;
  /** The location named at a path; -1 when absent or unknown (an unknown name is a problem). */
  location(path: YamlPath, required: boolean): number;
}

export function policyReader(
  y: YamlFields,
  num: ReadNumber,
  byName: ReadonlyMap<string, number>,
  sources: ReadonlySet<string>,
  assumptionsSink: Assumption[],
): PolicyReader {
  return {
    y,
    num,
    sources,
    byName,
    dist: (p, d) => readDistribution(y, p, d, sources, assumptionsSink),
    location: (p, required) => {
      const name = y.string(p, required);
      if (name === undefined) return -1;
      const l = byName.get(name);
      if (l === undefined) y.problem(p, `unknown location "${name}"`, 'a name from locations.csv');
      return l ?? -1;
    },
  };
}

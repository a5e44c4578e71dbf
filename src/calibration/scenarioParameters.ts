/**
 * The hook for scenario parameters (`scenario.<name>`): values that change the Scenario rather
 * than the settings (a crossing's detection probability, a route's capacity, ...). None exist
 * yet for Flee scenarios. To add one, register an `apply` that returns a modified copy of the
 * Scenario; the simulation task applies every registered parameter before a run, in the worker.
 */
import { InputError } from '../errors.js';
import type { Scenario } from '../domain/scenario.js';
import { didYouMean } from '../text/closestName.js';

export interface ScenarioParameter {
  readonly name: string;
  readonly description: string;
  apply(scenario: Scenario, value: number): Scenario;
}

const registry = new Map<string, ScenarioParameter>();

export function registerScenarioParameter(p: ScenarioParameter): void {
  if (!p.name.startsWith('scenario.')) throw new Error(`scenario parameter names start with "scenario.", got ${p.name}`);
  registry.set(p.name, p);
}

export function isScenarioParameter(name: string): boolean {
  return name.startsWith('scenario.');
}

export function checkScenarioParameter(name: string, where: { field: string }): void {
  if (registry.has(name)) return;
  const known = [...registry.keys()];
  throw new InputError(`unknown scenario parameter "${name}"${didYouMean(name, known)}`, {
    ...where,
    expected: known.length === 0 ? 'a settings key: no scenario parameters are defined yet' : `one of ${known.join(', ')}`,
  });
}

export function applyScenarioParameters(scenario: Scenario, values: readonly (readonly [string, number])[]): Scenario {
  let s = scenario;
  for (const [name, value] of values) {
    const p = registry.get(name);
    if (p === undefined) throw new Error(`scenario parameter ${name} is not registered in this thread`);
    s = p.apply(s, value);
  }
  return s;
}

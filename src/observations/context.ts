/** The ObservationContext of a Flee-layout scenario run for a number of days with given settings. */
import type { ObservationContext } from './types.js';
import { isCampKind } from '../scenario/locationKind.js';
import type { Scenario } from '../domain/scenario.js';
import type { Settings } from '../settings/types.js';

export function observationContext(scenario: Scenario, settings: Settings, days: number = scenario.days): ObservationContext {
  return {
    startDate: scenario.startDate,
    days,
    campNames: scenario.locations.filter((l) => isCampKind(l.kind)).map((l) => l.name),
    locationNames: scenario.locations.map((l) => l.name),
    crossingNames: scenario.corridor?.crossings.map((c) => c.name) ?? [],
    receptionNames: scenario.corridor === undefined ? [] : scenario.locations.filter((l) => scenario.corridor!.capacity[l.index] >= 0).map((l) => l.name),
    personsPerAgent: settings.optimisations.hasten,
  };
}

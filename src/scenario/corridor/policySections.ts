/**
 * The policy sections of scenario.yml: reception stays, crossing defaults, the listed crossings,
 * smuggling services and the calendar of dated events (docs/scenario-format.md). Each section has
 * its reader (crossingsSection, smugglingSection, eventsSection); this puts them together.
 */
import type { CorridorLinkRow, CorridorLocationRow } from './corridorCsv.js';
import type { Assumption, Crossing, Distribution, PolicyEvent, SmugglingService } from '../../domain/corridor.js';
import { checkPlacesOfPolicies, readCrossings } from './crossingsSection.js';
import { readEvents } from './eventsSection.js';
import { policyReader } from './policyReader.js';
import type { ReadNumber } from './yamlNumbers.js';
import { readSmuggling } from './smugglingSection.js';
import type { YamlFields } from './yamlFields.js';

export interface PolicySections {
  readonly stayDays: Distribution;
  readonly crossings: readonly Crossing[];
  readonly smuggling: readonly SmugglingService[];
  readonly events: readonly PolicyEvent[];
}

export function readPolicySections(
  y: YamlFields,
  num: ReadNumber,
  byName: ReadonlyMap<string, number>,
  locations: readonly CorridorLocationRow[],
  links: readonly CorridorLinkRow[],
  sources: ReadonlySet<string>,
  startDay: number,
  days: number,
  assumptionsSink: Assumption[],
  burnInDays = 0,
): PolicySections {
  const r = policyReader(y, num, byName, sources, assumptionsSink);
  y.checkKeys(['reception'], ['stay_days']);
  const stayDays = r.dist(['reception', 'stay_days'], { kind: 'exponential', mean: 14 });
  const crossings = readCrossings(r, locations, links);
  const smuggling = readSmuggling(r);
  const events = readEvents(r, { crossings, smuggling, startDay, days, burnInDays });
  checkPlacesOfPolicies(r, crossings, events);
  events.sort((a, b) => a.day - b.day);
  return { stayDays, crossings: crossings.map(({ path: _p, ...c }) => c), smuggling, events };
}

/** The smuggling services of scenario.yml (`smuggling:`), at most one per location. */
import { MAX_PEOPLE_COUNT, MAX_PRICE, MAX_SPEED_FACTOR } from '../../domain/inputRanges.js';
import type { SmugglingService } from '../../domain/corridor.js';
import type { PolicyReader } from './policyReader.js';
import type { YamlPath } from './yamlFields.js';

const SMUGGLING_FIELDS = ['location', 'capacity_per_day', 'price', 'reference_price', 'uptake', 'price_elasticity', 'apprehension_factor', 'speed_factor', 'legs'];

export function readSmuggling(r: PolicyReader): SmugglingService[] {
  const smuggling: SmugglingService[] = [];
  r.y.list(['smuggling']).forEach((_, i) => smuggling.push(readService(r, ['smuggling', i], smuggling)));
  return smuggling;
}

function readService(r: PolicyReader, p: YamlPath, earlier: readonly SmugglingService[]): SmugglingService {
  const { y, num } = r;
  y.checkKeys(p, SMUGGLING_FIELDS);
  const l = r.location([...p, 'location'], true);
  if (earlier.some((s) => s.location === l && l >= 0)) y.problem([...p, 'location'], 'a second smuggling service at the same location', 'one service per location');
  const price = num([...p, 'price'], { min: 0, max: MAX_PRICE, default: 1 });
  return {
    location: l,
    capacityPerDay: num([...p, 'capacity_per_day'], { min: 0, max: MAX_PEOPLE_COUNT, integer: true, required: true }),
    price,
    referencePrice: num([...p, 'reference_price'], { min: 0.000001, max: MAX_PRICE, default: price > 0 ? price : 1 }),
    uptake: num([...p, 'uptake'], { min: 0, max: 1, required: true }),
    priceElasticity: num([...p, 'price_elasticity'], { min: 0, max: 100, default: 1 }),
    apprehensionFactor: num([...p, 'apprehension_factor'], { min: 0, max: 1, default: 1 }),
    speedFactor: num([...p, 'speed_factor'], { min: 1, max: MAX_SPEED_FACTOR, default: 1 }),
    legs: num([...p, 'legs'], { min: 1, max: 255, integer: true, default: 1 }),
  };
}

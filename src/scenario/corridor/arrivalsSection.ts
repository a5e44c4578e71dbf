/**
 * Arrivals of a corridor scenario: `arrivals:` of scenario.yml (a scale, and the split over entry
 * locations of the arrivals.csv rows that name no entry), and the arrivals per entry and day that
 * follow from them.
 */
import type { CorridorSpec } from '../../domain/corridor.js';
import { MAX_ARRIVAL_SCALE } from '../../domain/inputRanges.js';
import type { BurnIn } from './burnInSection.js';
import { NO_BURN_IN } from './burnInSection.js';
import type { CorridorNetwork } from './corridorNetwork.js';
import type { YamlFields } from './yamlFields.js';
import type { ReadNumber } from './yamlNumbers.js';

export interface ArrivalSettings {
  readonly arrivalScale: number;
  /** Share of the unassigned arrivals per entry location. */
  readonly split: ReadonlyMap<number, number>;
}

export function readArrivalSettings(y: YamlFields, num: ReadNumber, network: CorridorNetwork): ArrivalSettings {
  y.checkKeys(['arrivals'], ['scale', 'split']);
  const arrivalScale = num(['arrivals', 'scale'], { min: 0, max: MAX_ARRIVAL_SCALE, default: 1 });
  const split = new Map<number, number>();
  const splitMap = y.map(['arrivals', 'split'], false);
  if (splitMap !== undefined) {
    let total = 0;
    for (const key of Object.keys(splitMap)) {
      const l = network.byName.get(key);
      if (l === undefined || !network.entries.has(l)) y.problem(['arrivals', 'split', key], `"${key}" is not an entry location`, 'names of locations of kind entry');
      const share = num(['arrivals', 'split', key], { min: 0, max: 1, required: true });
      total += share;
      if (l !== undefined) split.set(l, share);
    }
    if (Math.abs(total - 1) > 1e-6) y.problem(['arrivals', 'split'], `shares sum to ${total}`, 'shares that sum to 1');
  } else if (network.entries.size === 1) {
    split.set([...network.entries][0], 1);
  } else if (network.arrivals.some((r) => r.entry < 0)) {
    y.problem(['arrivals', 'split'], 'missing: some arrivals rows name no entry and there are several entry locations', 'a split of arrivals over entry locations');
  }
  return { arrivalScale, split };
}

/**
 * Arrivals per entry location and day of the simulation (each row spread evenly over its dates),
 * by location. With a burn-in, the first `burnIn.days` days are the burn-in's: each gets the
 * entry's mean daily arrivals over the first `burnIn.referenceDays` reported days.
 */
export function dailyArrivals(network: CorridorNetwork, split: ReadonlyMap<number, number>, startDay: number, days: number, burnIn: BurnIn = NO_BURN_IN): CorridorSpec['arrivals'] {
  const daily = new Map<number, Float64Array>();
  const offset = burnIn.days;
  const addArrivals = (l: number, from: number, to: number, perDay: number): void => {
    let a = daily.get(l);
    if (a === undefined) daily.set(l, (a = new Float64Array(offset + days)));
    for (let d = Math.max(from, 0); d <= Math.min(to, days - 1); d++) a[offset + d] += perDay;
  };
  for (const r of network.arrivals) {
    const perDay = r.count / (r.endDay - r.startDay + 1);
    const from = r.startDay - startDay;
    const to = r.endDay - startDay;
    if (r.entry >= 0) addArrivals(r.entry, from, to, perDay);
    else for (const [l, share] of split) addArrivals(l, from, to, perDay * share);
  }
  if (offset > 0) for (const a of daily.values()) fillBurnIn(a, offset, burnIn.referenceDays);
  return [...daily].sort((a, b) => a[0] - b[0]).map(([location, d]) => ({ location, daily: d }));
}

/** Days 0..offset-1 of `a` set to the mean of its `reference` days from `offset` on. */
function fillBurnIn(a: Float64Array, offset: number, reference: number): void {
  let sum = 0;
  for (let d = offset; d < offset + reference; d++) sum += a[d];
  a.fill(sum / reference, 0, offset);
}

/**
 * A seeded generator of synthetic networks for benchmarks (issue: engine at the machine's limit):
 * locations placed uniformly in a 1,000 km square, each linked to its 3 nearest neighbours with
 * distance = straight line × 1.2; 10% conflict zones, 10% camps without capacity limit, the rest
 * towns; every agent starts in a conflict zone (spread evenly). The result is an ordinary
 * Scenario, so it runs through the same engine as Flee's folders.
 */
import { STREAM, CounterRandom } from '../engine/index.js';
import type { LocationKind, LocationRow, ObservedSeries, RouteRow, Scenario } from '../domain/scenario.js';

export interface SyntheticOptions {
  readonly locations: number;
  readonly agents: number;
  readonly days: number;
  readonly seed: number;
  readonly side?: number; // km, default 1000
  readonly neighbours?: number; // default 3
}

const src = (file: string, line: number) => ({ file, line });

/** Location indices in a random order (Fisher–Yates on a seeded stream). */
function shuffled(n: number, rng: CounterRandom): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.nextDouble() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/** For each point, its k nearest others (grid search), nearest first. */
export function nearestNeighbours(x: Float64Array, y: Float64Array, k: number, side: number): Int32Array[] {
  const n = x.length;
  const cells = Math.max(1, Math.floor(Math.sqrt(n / 2)));
  const size = side / cells;
  const cellOf = (v: number) => Math.min(cells - 1, Math.max(0, Math.floor(v / size)));
  const buckets: number[][] = Array.from({ length: cells * cells }, () => []);
  for (let i = 0; i < n; i++) buckets[cellOf(y[i]) * cells + cellOf(x[i])].push(i);
  const result: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const cx = cellOf(x[i]);
    const cy = cellOf(y[i]);
    let best: { j: number; d: number }[] = [];
    for (let ring = 0; ring <= cells; ring++) {
      for (let gy = cy - ring; gy <= cy + ring; gy++) {
        for (let gx = cx - ring; gx <= cx + ring; gx++) {
          if (gx < 0 || gy < 0 || gx >= cells || gy >= cells) continue;
          if (Math.max(Math.abs(gx - cx), Math.abs(gy - cy)) !== ring) continue;
          for (const j of buckets[gy * cells + gx]) {
            if (j === i) continue;
            best.push({ j, d: Math.hypot(x[i] - x[j], y[i] - y[j]) });
          }
        }
      }
      best.sort((a, b) => a.d - b.d || a.j - b.j);
      best = best.slice(0, k);
      // Everything in rings beyond this one is at least ring * size away.
      if (best.length === Math.min(k, n - 1) && best[best.length - 1].d <= ring * size) break;
    }
    result.push(Int32Array.from(best, (b) => b.j));
  }
  return result;
}

export function syntheticScenario(o: SyntheticOptions): Scenario {
  const side = o.side ?? 1000;
  const k = o.neighbours ?? 3;
  const n = o.locations;
  if (!Number.isInteger(n) || n < 10) throw new RangeError(`a synthetic network needs at least 10 locations, got ${n}`);
  const rng = new CounterRandom(o.seed);
  rng.reset(0, 0, STREAM.syntheticNetwork);
  const x = Float64Array.from({ length: n }, () => rng.nextDouble() * side);
  const y = Float64Array.from({ length: n }, () => rng.nextDouble() * side);
  const order = shuffled(n, rng);
  const kinds: LocationKind[] = new Array<LocationKind>(n).fill('town');
  const conflictCount = Math.max(1, Math.round(n / 10));
  const campCount = Math.max(1, Math.round(n / 10));
  for (let i = 0; i < conflictCount; i++) kinds[order[i]] = 'conflict_zone';
  for (let i = conflictCount; i < conflictCount + campCount; i++) kinds[order[i]] = 'camp';

  const locations: LocationRow[] = kinds.map((kind, i) => ({
    index: i,
    name: `L${i}`,
    region: 'synthetic',
    country: 'Synthetic',
    x: x[i],
    y: y[i],
    typeText: kind,
    kind,
    populationOrCapacity: kind === 'camp' ? 0 : 10_000, // capacity 0: no limit
    conflictIntensity: 1,
    foreign: false,
    attributes: {},
    source: src('synthetic', i + 1),
  }));

  const seen = new Set<number>();
  const routes: RouteRow[] = [];
  nearestNeighbours(x, y, k, side).forEach((near, i) => {
    for (const j of near) {
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      if (seen.has(a * n + b)) continue;
      seen.add(a * n + b);
      routes.push({
        from: a,
        to: b,
        distanceKm: Math.hypot(x[a] - x[b], y[a] - y[b]) * 1.2,
        forcedRedirection: 0,
        maxMoveSpeed: undefined,
        walkProbability: 0,
        source: src('synthetic', routes.length + 1),
      });
    }
  });

  // Every camp needs an observed series (Flee's rule); all zero, so nothing is spawned.
  const zero = [{ day: 0, count: 0 }];
  const series: ObservedSeries[] = [
    { name: 'total', location: -1, files: [{ file: 'synthetic', points: zero }], source: src('synthetic', 0) },
    ...locations.filter((l) => l.kind === 'camp').map((l) => ({ name: l.name, location: l.index, files: [{ file: 'synthetic', points: zero }], source: src('synthetic', 0) })),
  ];

  const conflictZones = locations.filter((l) => l.kind === 'conflict_zone').map((l) => l.index);
  const initialAgents = conflictZones.map((location, i) => ({
    location,
    count: Math.floor(o.agents / conflictZones.length) + (i < o.agents % conflictZones.length ? 1 : 0),
  }));

  return {
    name: `synthetic-${n}`,
    dir: '(synthetic)',
    startDate: '2020-01-01',
    days: o.days,
    locations,
    routes,
    closures: [],
    conflicts: { locations: [], intensity: [] },
    series,
    corrections: [],
    locationChanges: [],
    demographics: [],
    initialAgents,
    warnings: [],
  };
}

/**
 * Builds small Scenario values in memory for engine tests (no files): a few named locations,
 * routes, optional closures, conflicts and observed series.
 */
import type { ClosureRow, LocationKind, LocationRow, ObservedSeries, RouteRow, Scenario } from '../../src/domain/scenario.js';

export interface LocationSpec {
  name: string;
  kind: LocationKind;
  country?: string;
  /** Population (non-camps) or capacity (camps), before hasten. */
  value?: number;
  x?: number;
  y?: number;
  attributes?: Record<string, string>;
}

export interface ScenarioSpec {
  locations: LocationSpec[];
  routes: [string, string, number][];
  days?: number;
  closures?: Omit<ClosureRow, 'source'>[];
  /** Conflict intensity per named location, constant over all days unless a function is given. */
  conflicts?: Record<string, number | ((day: number) => number)>;
  /** Observed series: name -> [day, count] points. The first is the total. */
  series?: [string, [number, number][]][];
}

const src = (file: string, line: number) => ({ file, line });

export function buildScenario(spec: ScenarioSpec): Scenario {
  const days = spec.days ?? 10;
  const index = new Map(spec.locations.map((l, i) => [l.name, i]));
  const firstCountry = spec.locations[0]?.country ?? 'Home';
  const locations: LocationRow[] = spec.locations.map((l, i) => ({
    index: i,
    name: l.name,
    region: 'unknown',
    country: l.country ?? 'Home',
    x: l.x ?? 0,
    y: l.y ?? 0,
    typeText: l.kind,
    kind: l.kind,
    populationOrCapacity: l.value ?? 0,
    conflictIntensity: 1,
    foreign: (l.country ?? 'Home') !== firstCountry,
    attributes: l.attributes ?? {},
    source: src('input_csv/locations.csv', i + 2),
  }));
  const at = (name: string): number => {
    const i = index.get(name);
    if (i === undefined) throw new Error(`test scenario: unknown location ${name}`);
    return i;
  };
  const routes: RouteRow[] = spec.routes.map(([a, b, km], i) => ({
    from: at(a),
    to: at(b),
    distanceKm: km,
    forcedRedirection: 0,
    maxMoveSpeed: undefined,
    walkProbability: 0,
    source: src('input_csv/routes.csv', i + 2),
  }));
  const conflictNames = Object.keys(spec.conflicts ?? {});
  const intensity = conflictNames.map((name) => {
    const v = spec.conflicts![name];
    return Float64Array.from({ length: days }, (_, t) => (typeof v === 'function' ? v(t) : v));
  });
  const seriesSpec = spec.series ?? [['total', [[0, 0]]], ...spec.locations.filter((l) => l.kind === 'camp').map((l) => [l.name, [[0, 0]]] as [string, [number, number][]])];
  const series: ObservedSeries[] = seriesSpec.map(([name, points], i) => ({
    name,
    location: index.get(name) ?? -1,
    files: [{ file: `source_data/${name}.csv`, points: points.map(([day, count]) => ({ day, count })) }],
    source: src('source_data/data_layout.csv', i + 1),
  }));
  return {
    name: 'test',
    dir: '/nonexistent/test',
    startDate: '2020-01-01',
    days,
    locations,
    routes,
    closures: (spec.closures ?? []).map((c, i) => ({ ...c, source: src('input_csv/closures.csv', i + 2) })),
    conflicts: { locations: conflictNames.map(at), intensity },
    series,
    corrections: [],
    locationChanges: [],
    demographics: [],
    warnings: [],
  };
}

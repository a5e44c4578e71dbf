/**
 * Places where people start that can reach no destination, over the routes taken both ways
 * (closures ignored): in a Flee folder, conflict zones and the locations of conflicts.csv that
 * reach no camp; in a corridor scenario, entry locations that reach no destination. Such a run
 * is valid but its people can never arrive, so each such place gets a warning.
 */
import type { LocationRow, RouteRow, Warning } from '../domain/scenario.js';

/** At most this many places are named, one warning each; the rest are counted in one more. */
const MAX_NAMED = 10;

export function unreachableDestinationWarnings(
  locations: readonly LocationRow[],
  routes: readonly RouteRow[],
  starts: readonly number[],
  isDestination: (l: number) => boolean,
  what: { start: string; destination: string },
): Warning[] {
  const component = components(locations.length, routes);
  const served = new Set<number>();
  for (let l = 0; l < locations.length; l++) if (isDestination(l)) served.add(component[l]);
  const stranded = [...new Set(starts)].filter((l) => !served.has(component[l])).sort((a, b) => a - b);
  const warnings: Warning[] = stranded.slice(0, MAX_NAMED).map((l) => ({
    message: `${what.start} "${locations[l].name}" is linked to no ${what.destination}: people who start there can never arrive`,
    source: locations[l].source,
  }));
  if (stranded.length > MAX_NAMED) warnings.push({ message: `… and ${stranded.length - MAX_NAMED} more ${what.start}s linked to no ${what.destination}` });
  return warnings;
}

/** Connected component of every location (union-find over the routes). */
function components(count: number, routes: readonly RouteRow[]): Int32Array {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const r of routes) {
    const a = find(r.from);
    const b = find(r.to);
    if (a !== b) parent[a] = b;
  }
  return Int32Array.from({ length: count }, (_, i) => find(i));
}

/**
 * How many candidate paths the Flee model would enumerate for an awareness level (the simple
 * paths over the routes, both ways, with at most `awareness` non-marker locations, ending on a
 * non-marker; flee-model.md §7.3), counted without storing them and stopping at a limit. Their
 * number grows exponentially with the level, and the model keeps them all in memory.
 */
import { CANDIDATE_PATH_BYTES, MAX_CANDIDATE_PATHS } from '../domain/inputRanges.js';
import { InputError } from '../errors.js';
import type { Scenario } from '../domain/scenario.js';

export interface PathCount {
  /** Paths counted, capped just above the limit. */
  readonly paths: number;
  /** Bytes they would take (table columns, pool entry and waypoints). */
  readonly bytes: number;
  readonly overLimit: boolean;
}

export function countCandidatePaths(scenario: Scenario, awareness: number, limit = MAX_CANDIDATE_PATHS): PathCount {
  const n = scenario.locations.length;
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const r of scenario.routes) {
    neighbours[r.from].push(r.to);
    neighbours[r.to].push(r.from);
  }
  const marker = scenario.locations.map((l) => l.kind === 'marker');
  const onPath = new Uint8Array(n);
  let paths = 0;
  let bytes = 0;
  const visit = (node: number, depth: number, nonMarkers: number): void => {
    for (const next of neighbours[node]) {
      if (paths > limit) return;
      if (onPath[next] === 1) continue;
      const count = nonMarkers + (marker[next] ? 0 : 1);
      if (count > awareness) continue;
      if (!marker[next]) {
        paths++;
        bytes += CANDIDATE_PATH_BYTES + 4 * (depth + 1);
      }
      onPath[next] = 1;
      visit(next, depth + 1, count);
      onPath[next] = 0;
    }
  };
  for (let o = 0; o < n && paths <= limit; o++) {
    onPath[o] = 1;
    visit(o, 0, 0);
    onPath[o] = 0;
  }
  return { paths, bytes, overLimit: paths > limit };
}

/** Refuses an awareness level whose candidate paths would not fit the limit, naming the largest that does. */
export function checkAwarenessLevel(scenario: Scenario, awareness: number, limit = MAX_CANDIDATE_PATHS): void {
  const wanted = countCandidatePaths(scenario, awareness, limit);
  if (!wanted.overLimit) return;
  let fits = 0;
  let fitting: PathCount | undefined;
  for (let level = 1; level < awareness; level++) {
    const c = countCandidatePaths(scenario, level, limit);
    if (c.overLimit) break;
    fits = level;
    fitting = c;
  }
  const gb = (b: number) => (b >= 1e8 ? `${(b / 1e9).toFixed(1)} GB` : `${(b / 1e6).toFixed(1)} MB`);
  const advice = fitting === undefined ? 'no level fits on this network' : `level ${fits} gives ${fitting.paths.toLocaleString('en')} paths (${gb(fitting.bytes)})`;
  throw new InputError(
    `awareness_level ${awareness} gives more than ${limit.toLocaleString('en')} candidate paths on this network (more than ${gb(wanted.bytes)} of memory; the count grows exponentially with the level); ${advice}`,
    { field: 'move_rules.awareness_level', expected: `an awareness_level of at most ${fits} for this network` },
  );
}

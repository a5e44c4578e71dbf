/**
 * `npm run bench:routes`: route tables on the large real graph ../shared/scenarios/flee-large/
 * netherlands (20,704 locations, graph-only). For awareness levels 1, 2, 3 and 5: the time to
 * enumerate every location's candidate paths (once per change of the network), and the time to
 * build every location's route table for one phase (what a day needs at most once per census; a
 * day has 2 + chaining rounds of them, and tables are only built for locations where someone decides).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedScenario } from './sharedDir.js';
import { median } from '../src/statistics/descriptive.js';
import { buildCandidateTable, createPathPool } from '../src/engine/candidatePaths.js';
import { createLocationState } from '../src/engine/locationState.js';
import { createNetwork } from '../src/engine/network.js';
import { beginPhase, buildLocationTable, createRouteTables } from '../src/engine/routeChoice.js';
import { readGraphOnly } from '../src/scenario/readGraphOnly.js';
import { parseSettingsText } from '../src/settings/loadSettings.js';

function seconds(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function line(metric: string, value: number, unit: string): void {
  process.stdout.write(`${metric} ${Number.isInteger(value) ? value : value.toPrecision(6)} ${unit}\n`);
}

const graph = readGraphOnly(sharedScenario('flee-large/netherlands'));
line('netherlands.locations', graph.locations.length, 'locations');
line('netherlands.routes', graph.routes.length, 'routes');
const rows: object[] = [];
for (const awareness of [1, 2, 3, 5]) {
  const settings = parseSettingsText(`move_rules:\n  awareness_level: ${awareness}\n`, 'bench.yml');
  const rules = settings.move_rules;
  const locations = createLocationState(graph.locations, rules, 1);
  const network = createNetwork(locations.count, graph.routes);
  let candidates = buildCandidateTable(network, locations, awareness, createPathPool());
  const enumerate = median(Array.from({ length: 3 }, () => seconds(() => (candidates = buildCandidateTable(network, locations, awareness, createPathPool())))));
  const tables = createRouteTables(candidates, locations, rules);
  const phase = median(
    Array.from({ length: 5 }, () =>
      seconds(() => {
        beginPhase(tables, locations, rules);
        for (let l = 0; l < locations.count; l++) buildLocationTable(tables, l, rules);
      }),
    ),
  );
  const count = candidates.end.length;
  line(`netherlands.aw${awareness}.candidate_paths`, count, 'paths');
  line(`netherlands.aw${awareness}.candidate_paths_per_location`, count / locations.count, 'paths');
  line(`netherlands.aw${awareness}.enumerate_s`, enumerate, 's');
  line(`netherlands.aw${awareness}.route_tables_all_locations_s`, phase, 's');
  rows.push({ awareness, candidate_paths: count, enumerate_s: enumerate, route_tables_all_locations_s: phase });
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(join('bench-results', 'route-tables.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
process.stdout.write('written bench-results/route-tables.json\n');

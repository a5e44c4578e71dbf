/**
 * The run bench:dashboard draws: 1,000 days on the 20,704-location graph of
 * ../shared/scenarios/flee-large/netherlands (graph-only) with a synthetic population, recorded
 * with every location's and link's series and stored in a results store of its own. Built once
 * (a few minutes) and reused while the store holds it.
 */
import { createHash } from 'node:crypto';
import { sharedScenario } from './sharedDir.js';
import { createRecordedSimulation } from '../src/run/recordedSimulation.js';
import { readGraphOnly } from '../src/scenario/readGraphOnly.js';
import type { ObservedSeries, Scenario } from '../src/domain/scenario.js';
import { parseSettingsText } from '../src/settings/loadSettings.js';
import { codeVersion } from '../src/store/codeVersion.js';
import { openStoreWriter } from '../src/store/storeWriter.js';

export const BIG_RUN_DAYS = 1000;
export const BIG_RUN_AGENTS = 200_000;

const src = (file: string, line: number) => ({ file, line });

/** The graph with every agent starting in a conflict location (spread evenly) and zero observations at camps. */
function netherlandsScenario(): Scenario {
  const dir = sharedScenario('flee-large/netherlands');
  const graph = readGraphOnly(dir);
  const zero = [{ day: 0, count: 0 }];
  const series: ObservedSeries[] = [
    { name: 'total', location: -1, files: [{ file: 'synthetic', points: zero }], source: src('synthetic', 0) },
    ...graph.locations.filter((l) => l.kind === 'camp').map((l) => ({ name: l.name, location: l.index, files: [{ file: 'synthetic', points: zero }], source: src('synthetic', 0) })),
  ];
  const origins = graph.locations.filter((l) => l.kind === 'conflict_zone').map((l) => l.index);
  const initialAgents = origins.map((location, i) => ({
    location,
    count: Math.floor(BIG_RUN_AGENTS / origins.length) + (i < BIG_RUN_AGENTS % origins.length ? 1 : 0),
  }));
  return {
    name: 'netherlands-synthetic',
    dir,
    startDate: '2020-01-01',
    days: BIG_RUN_DAYS,
    locations: graph.locations,
    routes: graph.routes,
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

/** Stores the big run in `storeDir` unless it is there; returns its run id. */
export async function ensureBigRun(storeDir: string, log: (line: string) => void): Promise<string> {
  const runId = createHash('sha256').update(`netherlands-synthetic/${BIG_RUN_DAYS}/${BIG_RUN_AGENTS}`).digest('hex').slice(0, 20);
  const writer = await openStoreWriter(storeDir);
  try {
    if (writer.has(runId)) return runId;
    const settings = parseSettingsText('move_rules:\n  awareness_level: 1\n', 'bench-dashboard.yml');
    const started = new Date();
    const t = performance.now();
    const record = createRecordedSimulation(netherlandsScenario(), settings, { seed: 1, recordNetwork: true }).run();
    const wallSeconds = (performance.now() - t) / 1000;
    log(`simulated ${BIG_RUN_DAYS} days on 20,704 locations in ${wallSeconds.toFixed(1)} s; storing`);
    await writer.commit([
      {
        runId,
        scenarioName: 'netherlands-synthetic',
        scenarioPath: sharedScenario('flee-large/netherlands'),
        scenarioHash: runId,
        settings,
        params: {},
        scenarioEdits: [],
        seed: 1,
        replica: 0,
        codeVersion: codeVersion(),
        host: 'bench',
        ensembleId: null,
        startedAt: started,
        wallSeconds,
        record,
        warnings: [],
      },
    ]);
    log(`stored in ${((performance.now() - t) / 1000 - wallSeconds).toFixed(1)} s`);
    return runId;
  } finally {
    writer.close();
  }
}

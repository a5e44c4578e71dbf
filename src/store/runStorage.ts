/**
 * Storing the replicas of `corridor run`: the store folder is created or checked before the
 * simulation starts, and the replicas are committed together once the output files are written.
 */
import type { CommitResult } from './storeWriter.js';
import { openStoreWriter } from './storeWriter.js';
import { codeVersion } from './codeVersion.js';
import { initStore } from './storeLayout.js';
import { runId } from './runKey.js';
import { readScenarioFiles, storedScenarioPath } from './scenarioFiles.js';
import { thisProcess, type StoredRun } from './storedRun.js';
import type { ReplicaResult } from '../run/runReplica.js';
import { isCorridorScenario } from '../scenario/corridor/readCorridorScenario.js';
import type { Settings } from '../settings/types.js';

export interface RunStorage {
  readonly dir: string;
  commit(results: readonly ReplicaResult[]): Promise<CommitResult>;
}

/** `inputFiles`: the files the scenario's reader read (Scenario.inputFiles), part of the run id. */
export function prepareRunStorage(
  dir: string,
  scenarioPath: string,
  scenarioName: string,
  settings: Settings,
  overrides: readonly string[],
  inputFiles: readonly string[] = [],
): RunStorage {
  const files = readScenarioFiles(scenarioPath, inputFiles);
  // `--set` of a corridor scenario edits scenario.yml: part of the run's identity (Flee's are in the settings).
  const scenarioEdits = isCorridorScenario(files.root) ? [...overrides] : [];
  initStore(dir);
  const version = codeVersion();
  const storedRun = (r: ReplicaResult): StoredRun => ({
    runId: runId({ scenarioHash: files.hash, settings, seed: r.seed, replica: r.replica, days: r.record.days, scenarioEdits, codeVersion: version }),
    scenarioName,
    scenarioPath: storedScenarioPath(files),
    scenarioHash: files.hash,
    settings,
    params: {},
    scenarioEdits,
    seed: r.seed,
    replica: r.replica,
    codeVersion: version,
    host: thisProcess(),
    ensembleId: null,
    startedAt: new Date(Date.now() - r.wallSeconds * 1000),
    wallSeconds: r.wallSeconds,
    record: r.record,
    warnings: r.warnings,
    inputs: files.files,
  });
  return {
    dir,
    commit: async (results) => {
      const writer = await openStoreWriter(dir);
      try {
        return await writer.commit(results.map(storedRun));
      } finally {
        writer.close();
      }
    },
  };
}

/** What the store keeps of one run: its identity, provenance, timing and per-day aggregates. */
import { hostname } from 'node:os';
import type { RunRecord } from '../recorders/types.js';
import type { Settings } from '../settings/types.js';
import type { ScenarioFile } from './scenarioFiles.js';

export interface StoredRun {
  readonly runId: string;
  readonly scenarioName: string;
  /** The scenario folder's name, and the file given in it if any (storedScenarioPath); runs stored before format 2 have the absolute path. */
  readonly scenarioPath: string;
  readonly scenarioHash: string;
  readonly settings: Settings;
  /** Values of the settings an ensemble varied (`section.key` → value); empty for plain runs. */
  readonly params: Readonly<Record<string, number>>;
  /** `--set` edits of a corridor scenario.yml (empty for Flee folders, whose `--set` are settings). */
  readonly scenarioEdits: readonly string[];
  readonly seed: number;
  readonly replica: number;
  readonly codeVersion: string;
  /** Host (and process) that simulated it: thisProcess() there. */
  readonly host: string;
  readonly ensembleId: string | null;
  readonly startedAt: Date;
  readonly wallSeconds: number;
  readonly record: RunRecord;
  readonly warnings: readonly string[];
  /** The scenario's files (ScenarioFiles.files), kept in the store with the run; absent: none kept. */
  readonly inputs?: readonly ScenarioFile[];
}

/** `<hostname>/<pid>` of this process, the `host` of the runs it simulates. */
export function thisProcess(): string {
  return `${hostname()}/${process.pid}`;
}

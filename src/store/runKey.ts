/**
 * A run's identity in the store. Two runs with the same scenario files (and scenario.yml edits),
 * the same complete settings, seed, replica number and day count, made by the same version of
 * corridor, give the same result, so they get the same id: storing it again is recognised and
 * skipped. The code version is part of the identity because a change to the model may change the
 * result: a store filled by an older corridor keeps those runs, and the same run made by the
 * current one is stored beside them rather than taken for one of them.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';
import type { Settings } from '../settings/types.js';

export interface RunKey {
  readonly scenarioHash: string;
  readonly settings: Settings;
  readonly seed: number;
  readonly replica: number;
  readonly days: number;
  /** `--set` edits of a corridor scenario.yml (they change the scenario, not its files). */
  readonly scenarioEdits?: readonly string[];
  /** The corridor that simulates it (store/codeVersion.ts). */
  readonly codeVersion: string;
}

/** Hex SHA-256 of a string, truncated to `chars` characters. */
export function sha256Hex(text: string, chars = 64): string {
  return createHash('sha256').update(text).digest('hex').slice(0, chars);
}

export function settingsHash(settings: Settings): string {
  return sha256Hex(canonicalJson(settings), 16);
}

/** 20 hex characters (80 bits): unique for any store a person will fill. */
export function runId(key: RunKey): string {
  const edits = key.scenarioEdits !== undefined && key.scenarioEdits.length > 0 ? { edits: key.scenarioEdits } : {};
  return sha256Hex(canonicalJson({ scenario: key.scenarioHash, settings: key.settings, seed: key.seed, replica: key.replica, days: key.days, ...edits, code: key.codeVersion }), 20);
}

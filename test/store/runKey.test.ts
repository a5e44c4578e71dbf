/** A run's identity in the store (src/store/runKey.ts). */
import { describe, expect, it } from 'vitest';
import { runId } from '../../src/store/runKey.js';
import type { RunKey } from '../../src/store/runKey.js';
import { loadSettings } from '../../src/settings/loadSettings.js';

const key: RunKey = { scenarioHash: 'a'.repeat(64), settings: loadSettings({}), seed: 1, replica: 0, days: 30, codeVersion: '0.1.0+abc' };

describe('run id', () => {
  it('is the same for the same run made by the same corridor', () => {
    expect(runId({ ...key })).toBe(runId(key));
    expect(runId(key)).toMatch(/^[0-9a-f]{20}$/);
  });

  it('differs when the corridor that makes it differs (a model change may change the result)', () => {
    expect(runId({ ...key, codeVersion: '0.1.0+def' })).not.toBe(runId(key));
    expect(runId({ ...key, codeVersion: '0.1.0+abc-dirty' })).not.toBe(runId(key));
  });

  it('differs with any input of the run', () => {
    const ids = [
      runId(key),
      runId({ ...key, scenarioHash: 'b'.repeat(64) }),
      runId({ ...key, seed: 2 }),
      runId({ ...key, replica: 1 }),
      runId({ ...key, days: 31 }),
      runId({ ...key, scenarioEdits: ['arrivals.scale=0.8'] }),
      runId({ ...key, settings: loadSettings({ overrides: ['move_rules.awareness_level=2'] }) }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

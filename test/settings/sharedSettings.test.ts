import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/settings/loadSettings.js';
import { sharedScenario } from '../helpers/sharedData.js';

function settingsFiles(): string[] {
  const flee = readdirSync(sharedScenario('flee')).map((d) => join(sharedScenario('flee'), d, 'simsetting.yml'));
  const extra = readdirSync(sharedScenario('flee-settings'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => join(sharedScenario('flee-settings'), f));
  return [...flee, sharedScenario('flee-validation/simsetting.yml'), ...extra];
}

describe('every shared settings file loads', () => {
  it('finds the expected files', () => {
    expect(settingsFiles()).toHaveLength(4 + 1 + 4);
  });
  for (const file of settingsFiles()) {
    it(`loads ${file.split('/scenarios/')[1]}`, () => {
      const s = loadSettings({ file });
      expect(s.move_rules.awareness_level).toBeGreaterThanOrEqual(1);
      expect(s.optimisations.hasten).toBeGreaterThanOrEqual(1);
    });
  }

  it('reads mali2012 values', () => {
    const s = loadSettings({ file: sharedScenario('flee/mali2012/simsetting.yml') });
    expect(s.optimisations.hasten).toBe(10);
    expect(s.move_rules.capacity_buffer).toBe(0.75);
    expect(s.move_rules.camp_weight).toBe(5);
    expect(s.move_rules.max_move_speed).toBe(200);
    expect(s.move_rules.avoid_short_stints).toBe(false); // written `False`
    expect(s.spawn_rules.conflict_spawn_decay).toEqual([1, 1, 1, 0.5, 0.1]);
    expect(s.spawn_rules.insert_day0).toBe(true); // written `True`
    expect(s.log_levels).toMatchObject({ agent: 1, link: 1, granularity: 'location', idp_totals: 0 });
    // not in the file: Flee defaults
    expect(s.move_rules.softening).toBe(10);
    expect(s.move_rules.idpcamp_movechance).toBe(0.1);
    expect(s.spawn_rules.conflict_driven_spawning).toBeUndefined();
  });

  it('reads the validation sweep values', () => {
    const s = loadSettings({ file: sharedScenario('flee-validation/simsetting.yml') });
    expect(s.move_rules).toMatchObject({ softening: 50, distance_power: 0.75, max_move_speed: 400, avoid_short_stints: true, capacity_scaling: 1.25, default_movechance: 0.5 });
    expect(s.spawn_rules.conflict_spawn_decay_interval).toBe(30);
  });

  it('reads ukraine2022 awareness_level 5 and ssudan without decay', () => {
    expect(loadSettings({ file: sharedScenario('flee-settings/ukraine2022.yml') }).move_rules.awareness_level).toBe(5);
    expect(loadSettings({ file: sharedScenario('flee/ssudan/simsetting.yml') }).spawn_rules.conflict_spawn_decay).toEqual([]);
  });
});

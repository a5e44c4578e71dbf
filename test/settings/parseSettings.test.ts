import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadSettings, parseSettingsText } from '../../src/settings/loadSettings.js';

function settingsError(text: string, overrides: string[] = []): InputError {
  try {
    parseSettingsText(text, 'sim.yml', overrides);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const tmp = mkdtempSync(join(tmpdir(), 'corridor-settings-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('defaults and YAML details', () => {
  it('gives Flee defaults without a file', () => {
    const s = loadSettings({});
    expect(s.move_rules).toMatchObject({ max_move_speed: 360, max_walk_speed: 35, camp_weight: 1, awareness_level: 1, capacity_buffer: 0.9 });
    expect(s.move_rules.conflict_weight).toBeCloseTo(0.316228, 6);
    expect(s.spawn_rules).toMatchObject({ insert_day0: true, sum_from_camps: true, conflict_zone_spawning_only: true, conflict_spawn_decay: [], conflict_spawn_decay_interval: 30 });
    expect(s.optimisations.hasten).toBe(1);
    expect(s.default_conflict_intensity).toBe(1);
  });

  it('accepts True/False/TRUE/false as booleans', () => {
    const s = parseSettingsText('move_rules:\n  avoid_short_stints: True\n  start_on_foot: TRUE\nspawn_rules:\n  insert_day0: False\n', 'x.yml');
    expect(s.move_rules.avoid_short_stints).toBe(true);
    expect(s.move_rules.start_on_foot).toBe(true);
    expect(s.spawn_rules.insert_day0).toBe(false);
  });

  it('refuses yes/no, which YAML 1.2 reads as text', () => {
    expect(settingsError('move_rules:\n  start_on_foot: yes\n').message).toBe('sim.yml:2: move_rules.start_on_foot: got "yes" (expected true or false)');
  });

  it('accepts empty sections and comments', () => {
    expect(parseSettingsText('log_levels: #DONE\nmove_rules:\n', 'x.yml').log_levels.agent).toBe(0);
  });

  it('use_v1_rules forces the five v1 values', () => {
    const s = parseSettingsText('move_rules:\n  use_v1_rules: True\n  max_move_speed: 500\n  camp_weight: 7\n  start_on_foot: True\n  avoid_short_stints: True\n', 'x.yml');
    expect(s.move_rules).toMatchObject({ max_move_speed: 200, start_on_foot: false, avoid_short_stints: false, camp_weight: 2, conflict_weight: 0.25 });
  });

  it('reads a conflict_driven_spawning subsection, mode case-insensitive, default count per mode', () => {
    const a = parseSettingsText('spawn_rules:\n  conflict_driven_spawning:\n    spawn_mode: Pop_Ratio\n', 'x.yml');
    expect(a.spawn_rules.conflict_driven_spawning).toEqual({ spawn_mode: 'pop_ratio', displaced_per_conflict_day: 0.01 });
    const b = parseSettingsText('spawn_rules:\n  conflict_driven_spawning:\n', 'x.yml');
    expect(b.spawn_rules.conflict_driven_spawning).toEqual({ spawn_mode: 'constant', displaced_per_conflict_day: 500 });
  });

  it('accepts unsupported and inert keys at their defaults', () => {
    const s = parseSettingsText(
      'move_rules:\n  fixed_routes: False\n  harvest_months: []\n  two_system_decision_making: 0.5\n  max_crossing_speed: 20\nspawn_rules:\n  camps_are_sicks: False\nnumber_of_steps: 10\nconflict_input_file: x.csv\n',
      'x.yml',
    );
    expect(s.move_rules.max_crossing_speed).toBe(20);
  });
});

describe('refused settings', () => {
  it('refuses an unknown key, naming line, path and the closest key', () => {
    expect(settingsError('move_rules:\n  camp_weight: 2\n  max_move_sped: 200\n').message).toBe(
      'sim.yml:3: move_rules.max_move_sped: unknown settings key "move_rules.max_move_sped"; did you mean "move_rules.max_move_speed"? (expected a key Flee knows (see docs/settings.md))',
    );
  });

  it('refuses an unknown section', () => {
    expect(settingsError('move_rule:\n  camp_weight: 2\n').message).toContain('sim.yml:1: move_rule: unknown settings key "move_rule"; did you mean "move_rules"?');
  });

  it('suggests the right section for a key in the wrong one', () => {
    expect(settingsError('move_rules:\n  hasten: 2\n').message).toContain('did you mean "optimisations.hasten"?');
  });

  it('points camps_are_sinks to the key Flee really reads', () => {
    expect(settingsError('spawn_rules:\n  camps_are_sinks: True\n').message).toContain('did you mean "spawn_rules.camps_are_sicks"?');
  });

  it('refuses a word for a number', () => {
    expect(settingsError('move_rules:\n  awareness_level: two\n').message).toBe('sim.yml:2: move_rules.awareness_level: got "two" (expected a whole number in [1, 1000])');
  });

  it('refuses awareness_level 0 (Q4)', () => {
    expect(settingsError('move_rules:\n  awareness_level: 0\n').details).toMatchObject({ line: 2, field: 'move_rules.awareness_level', expected: 'a whole number in [1, 1000]' });
  });

  it('refuses a negative speed', () => {
    expect(settingsError('move_rules:\n  max_walk_speed: -3\n').message).toBe('sim.yml:2: move_rules.max_walk_speed: got -3 (expected a number in [0, 40075])');
  });

  it('refuses hasten below 1 or fractional', () => {
    expect(settingsError('optimisations:\n  hasten: 0\n').details.field).toBe('optimisations.hasten');
    expect(settingsError('optimisations:\n  hasten: 2.5\n').message).toContain('got 2.5 (expected a whole number in [1, 1000000000])');
  });

  it('refuses a conflict_spawn_decay that is not a list of numbers', () => {
    expect(settingsError('spawn_rules:\n  conflict_spawn_decay: [1, a]\n').message).toContain('sim.yml:2: spawn_rules.conflict_spawn_decay: got [1,"a"] (expected a list of numbers >= 0');
    expect(settingsError('spawn_rules:\n  conflict_spawn_decay: 0.5\n').details.field).toBe('spawn_rules.conflict_spawn_decay');
  });

  it('refuses capacity_buffer outside (0, 1]', () => {
    expect(settingsError('move_rules:\n  capacity_buffer: 0\n').message).toContain('(expected a number in (0, 1])');
    expect(settingsError('move_rules:\n  capacity_buffer: 1.5\n').details.line).toBe(2);
    expect(parseSettingsText('move_rules:\n  capacity_buffer: 1\n', 'x.yml').move_rules.capacity_buffer).toBe(1);
  });

  it('refuses an unknown spawn_mode', () => {
    expect(settingsError('spawn_rules:\n  conflict_driven_spawning:\n    spawn_mode: random\n').message).toBe(
      'sim.yml:3: spawn_rules.conflict_driven_spawning.spawn_mode: got "random" (expected one of constant, pop_ratio, poisson)',
    );
  });

  it('refuses an unsupported key at a non-default value', () => {
    expect(settingsError('move_rules:\n  fixed_routes: True\n').message).toBe(
      'sim.yml:2: move_rules.fixed_routes: move_rules.fixed_routes = true is known to Flee but not implemented by corridor yet (expected the default false or the key left out)',
    );
    expect(settingsError('move_rules:\n  harvest_months: [6, 7]\n').message).toContain('not implemented by corridor yet');
    expect(settingsError('move_rules:\n  flood_rules:\n    flood_movechances: [0.1, 0.5]\n').details.field).toBe('move_rules.flood_rules');
  });

  it('refuses flood_zone_spawning_only together with conflict_zone_spawning_only', () => {
    expect(settingsError('spawn_rules:\n  conflict_zone_spawning_only: True\n  flood_zone_spawning_only: True\n').message).toBe(
      'sim.yml:3: spawn_rules.flood_zone_spawning_only: flood_zone_spawning_only and conflict_zone_spawning_only are both true (expected at most one of them true (Flee stops otherwise))',
    );
  });

  it('refuses invalid YAML with its line', () => {
    expect(settingsError('move_rules:\n  camp_weight: [1, 2\nspawn_rules: {}\n').message).toMatch(/^sim\.yml:\d: invalid YAML/);
    expect(settingsError('move_rules:\n  camp_weight: 1\n  camp_weight: 2\n').message).toMatch(/^sim\.yml:3: invalid YAML/);
  });

  it('reports several problems at once', () => {
    const e = settingsError('move_rules:\n  camp_weight: x\n  softening: -1\n');
    expect(e.message).toMatch(/^2 problems in the input:\n {2}- sim\.yml:2: .*\n {2}- sim\.yml:3: /);
  });

  it('names a missing settings file', () => {
    expect(() => loadSettings({ file: join(tmp, 'missing.yml') })).toThrow(/missing\.yml: settings file not found/);
  });
});

describe('--set overrides', () => {
  it('apply after the file, with YAML values', () => {
    const file = join(tmp, 'a.yml');
    writeFileSync(file, 'move_rules:\n  max_move_speed: 200\n');
    const s = loadSettings({
      file,
      overrides: ['move_rules.max_move_speed=300', 'spawn_rules.conflict_spawn_decay=[1,0.5]', 'default_conflict_intensity=3', 'move_rules.start_on_foot=True'],
    });
    expect(s.move_rules.max_move_speed).toBe(300);
    expect(s.move_rules.start_on_foot).toBe(true);
    expect(s.spawn_rules.conflict_spawn_decay).toEqual([1, 0.5]);
    expect(s.default_conflict_intensity).toBe(3);
  });

  it('can switch on a subsection', () => {
    const s = parseSettingsText('', 'x.yml', ['spawn_rules.conflict_driven_spawning.spawn_mode=poisson']);
    expect(s.spawn_rules.conflict_driven_spawning).toEqual({ spawn_mode: 'poisson', displaced_per_conflict_day: 500 });
  });

  it('are checked by the same rules, naming the option', () => {
    expect(settingsError('', ['move_rules.awareness_level=0']).message).toBe('--set move_rules.awareness_level: got 0 (expected a whole number in [1, 1000])');
    expect(settingsError('', ['move_rules.max_move_sped=3']).message).toContain('--set move_rules.max_move_sped: unknown settings key "move_rules.max_move_sped"; did you mean "move_rules.max_move_speed"?');
    expect(settingsError('', ['move_rules.use_economic_pull=true']).message).toContain('--set move_rules.use_economic_pull: move_rules.use_economic_pull = true is known to Flee but not implemented');
  });

  it('refuse a malformed option', () => {
    expect(settingsError('', ['move_rules.max_move_speed']).message).toContain('is not of the form section.key=value');
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/settings/catalogue.js';
import { renderSettingsDoc, renderSettingsTable } from '../../src/settings/describeSettings.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('settings catalogue documentation', () => {
  it('docs/settings.md is the rendered catalogue (regenerate with renderSettingsDoc if this fails)', () => {
    expect(readFileSync(join(repoRoot, 'docs', 'settings.md'), 'utf8')).toBe(renderSettingsDoc());
  });

  it('lists every key once with its status', () => {
    const table = renderSettingsTable();
    expect(table.split('\n')).toHaveLength(CATALOGUE.length + 2);
    expect(table).toContain('| `spawn_rules.camps_are_sicks` | false | unsupported |');
    expect(table).toContain('| `optimisations.hasten` | 1 | implemented |');
    expect(table).toContain('| `move_rules.two_system_decision_making` | false | inert |');
    expect(new Set(CATALOGUE.map((e) => e.path)).size).toBe(CATALOGUE.length);
  });

  it('marks the keys of the brief with the right status', () => {
    const status = (p: string) => CATALOGUE.find((e) => e.path === p)?.status;
    for (const p of ['move_rules.fixed_routes', 'move_rules.use_economic_pull', 'move_rules.harvest_months', 'move_rules.MatchConflictEthnicity', 'spawn_rules.read_from_agents_csv_file', 'spawn_rules.starvation_driven_spawning', 'spawn_rules.flood_driven_spawn_mode']) {
      expect(status(p)).toBe('unsupported');
    }
    for (const p of ['move_rules.max_crossing_speed', 'log_levels.agent', 'log_levels.granularity', 'spawn_rules.average_social_connectivity', 'move_rules.avg_religion_fraction', 'number_of_steps', 'flood_level_input_file']) {
      expect(status(p)).toBe('inert');
    }
    expect(status('log_levels.idp_totals')).toBe('implemented');
  });
});

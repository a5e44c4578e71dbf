/**
 * Writes a small valid Flee scenario folder in a fresh temporary directory; any file can be
 * replaced (string) or left out (null). Paths are relative to the scenario folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const MINI_FILES: Readonly<Record<string, string>> = {
  'input_csv/sim_period.csv': 'StartDate,2020-01-01\nLength,5\n',
  'input_csv/locations.csv': [
    '#name,region,country,lat,lon,location_type,conflict_date,population',
    'Alpha,R1,Homeland,1.0,2.0,conflict_zone,0,1000',
    'Beta,R1,Homeland,1.5,2.5,town,,500',
    'Gamma,R2,Abroad,2.0,3.0,camp,,200',
    '',
  ].join('\n'),
  'input_csv/routes.csv': '#name1,name2,distance,forced_redirection\nAlpha,Beta,10,0\nBeta,Gamma,20,\n',
  'input_csv/closures.csv': '#closure_type,name1,name2,closure_start,closure_end\ncountry,Homeland,Abroad,0,2\n',
  'input_csv/conflicts.csv': '#Day,Alpha\n0,1\n1,1\n2,1\n3,0\n4,0\n',
  'input_csv/registration_corrections.csv': 'Gamma,2020-01-03\n',
  'source_data/data_layout.csv': 'total,refugees.csv\nGamma,gamma.csv\n',
  'source_data/refugees.csv': 'Date,Refugees\n2020-01-01,10\n2020-01-03,30\n2020-01-05,50\n',
  'source_data/gamma.csv': 'Date,Refugees\n2020-01-01,10\n2020-01-03,30\n2020-01-05,50\n',
  'simsetting.yml': 'move_rules:\n  max_move_speed: 200\n',
};

const created: string[] = [];

export function writeMiniScenario(changes: Readonly<Record<string, string | null>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-mini-'));
  created.push(dir);
  const files: Record<string, string | null> = { ...MINI_FILES, ...changes };
  for (const [rel, text] of Object.entries(files)) {
    if (text === null) continue;
    const full = join(dir, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  mkdirSync(join(dir, 'input_csv'), { recursive: true });
  return dir;
}

/** Deletes every folder writeMiniScenario made (call from afterAll). */
export function removeMiniScenarios(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

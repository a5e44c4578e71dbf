/**
 * Writes small corridor scenario folders (scenario.yml + CSVs) to a temporary directory for tests.
 * The default is one crossing between a border town and a destination abroad:
 *
 *   Entry (RS) -- 10 km -- Border (RS) == 5 km crossing == Goal (HU, destination)
 *   South (RS, reception, capacity 1e6) -- 20 km -- Entry
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CorridorFiles {
  readonly yml: string;
  readonly locations?: string;
  readonly links?: string;
  readonly arrivals?: string;
}

/** A locations.csv with the header and one row per argument (name,country,kind,lat,lon,capacity,overflow,source). */
export function locationsCsv(...rows: string[]): string {
  return `name,country,kind,lat,lon,capacity,overflow,source\n${rows.join('\n')}\n`;
}

/** A links.csv with the header and one row per argument (from,to,km,kind,source). */
export function linksCsv(...rows: string[]): string {
  return `from,to,km,kind,source\n${rows.join('\n')}\n`;
}

export const DEFAULT_LOCATIONS = locationsCsv(
  'Entry,RS,entry,42.3,21.6,,,assumption',
  'South,RS,reception,42.2,21.6,1000000,,assumption',
  'Border,RS,transit,46.1,19.9,,,assumption',
  'Goal,HU,destination,46.2,20.0,,,assumption',
);

export const DEFAULT_LINKS = linksCsv('Entry,Border,10,road,assumption', 'Border,Goal,5,border,assumption', 'South,Entry,20,road,assumption');

export function arrivalsCsv(count: number, start = '2023-01-01', end = '2023-01-01'): string {
  return `date_start,date_end,count,entry,source\n${start},${end},${count},Entry,assumption\n`;
}

export function corridorYml(body: string, days = 60): string {
  return `corridor: 1\nname: test\nstart_date: 2023-01-01\ndays: ${days}\n${body}`;
}

export function writeCorridorFolder(files: CorridorFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-test-'));
  writeFileSync(join(dir, 'scenario.yml'), files.yml);
  writeFileSync(join(dir, 'locations.csv'), files.locations ?? DEFAULT_LOCATIONS);
  writeFileSync(join(dir, 'links.csv'), files.links ?? DEFAULT_LINKS);
  writeFileSync(join(dir, 'arrivals.csv'), files.arrivals ?? arrivalsCsv(1000));
  return dir;
}

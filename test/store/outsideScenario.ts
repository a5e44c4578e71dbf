/**
 * A corridor scenario that reads a file from outside its folder: a copy of scenarios/example whose
 * scenario.yml names `../shared/links.csv` under `files:`.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const example = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scenarios', 'example');

/** Builds `<base>/scenario` and `<base>/shared/links.csv`; returns the scenario folder. */
export function outsideLinksScenario(base: string): string {
  const dir = join(base, 'scenario');
  cpSync(example, dir, { recursive: true });
  mkdirSync(join(base, 'shared'));
  renameSync(join(dir, 'links.csv'), join(base, 'shared', 'links.csv'));
  const yml = join(dir, 'scenario.yml');
  writeFileSync(yml, readFileSync(yml, 'utf8').replace('links: links.csv', 'links: ../shared/links.csv'));
  return dir;
}

/** Appends a comment line to the shared links.csv (a change of bytes, not of the network). */
export function touchSharedLinks(base: string): void {
  const file = join(base, 'shared', 'links.csv');
  writeFileSync(file, readFileSync(file, 'utf8') + '# edited\n');
}

/**
 * The files that make up a scenario, and their hash. A scenario is its folder: a Flee-layout
 * folder, or the folder holding a corridor `scenario.yml` when a file is given. Every regular file
 * below it counts (sorted by relative path), so editing any input changes the hash.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';

export interface ScenarioFile {
  /** Path relative to the scenario folder, with `/` separators. */
  readonly path: string;
  readonly content: Buffer;
}

export interface ScenarioFiles {
  /** Absolute path of the scenario folder. */
  readonly root: string;
  /** What was given (folder or file), absolute. */
  readonly given: string;
  readonly files: readonly ScenarioFile[];
  /** Hex SHA-256 over the files' paths and contents. */
  readonly hash: string;
  readonly bytes: number;
}

export function readScenarioFiles(scenarioPath: string): ScenarioFiles {
  const given = resolve(scenarioPath);
  let isDir: boolean;
  try {
    isDir = statSync(given).isDirectory();
  } catch {
    throw new InputError('scenario not found', { file: scenarioPath, expected: 'a scenario folder (Flee layout) or a scenario.yml file' });
  }
  const root = isDir ? given : dirname(given);
  const files: ScenarioFile[] = [];
  const walk = (rel: string): void => {
    const entries = readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(childRel);
      else if (e.isFile()) files.push({ path: childRel, content: readFileSync(join(root, childRel)) });
    }
  };
  walk('');
  return { root, given, files, hash: hashScenarioFiles(files), bytes: files.reduce((s, f) => s + f.content.length, 0) };
}

/** The scenario hash: SHA-256 over (path, length, content) of each file in path order. */
export function hashScenarioFiles(files: readonly ScenarioFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    h.update(f.path);
    h.update('\0');
    h.update(String(f.content.length));
    h.update('\0');
    h.update(f.content);
  }
  return h.digest('hex');
}

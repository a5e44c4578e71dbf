/**
 * The files that make up a scenario, and their hash. A scenario is its folder (a Flee-layout
 * folder, or the folder holding a corridor `scenario.yml` when a file is given) plus the files its
 * reader read outside that folder (`Scenario.inputFiles`: a corridor `files:` entry may be a `../`
 * path, and so may a Flee series file). Every regular file below the folder counts, so editing any
 * input changes the hash; so does editing a file read from outside it.
 *
 * Each file is named by its path relative to the scenario folder (`/` separators; `../` for a file
 * outside it): a name that does not depend on where the folders live, so the same scenario gives
 * the same hash on every machine and no absolute path is kept or shown.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';

export interface ScenarioFile {
  /** Path relative to the scenario folder, with `/` separators; starts with `../` outside it. */
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

/**
 * The scenario's files: the folder's, plus those of `inputFiles` (absolute paths, as the reader
 * recorded them) that lie outside it.
 */
export function readScenarioFiles(scenarioPath: string, inputFiles: readonly string[] = []): ScenarioFiles {
  const given = resolve(scenarioPath);
  const root = scenarioFolder(scenarioPath);
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
  files.push(...outsideFiles(root, inputFiles));
  return { root, given, files, hash: hashScenarioFiles(files), bytes: files.reduce((s, f) => s + f.content.length, 0) };
}

/**
 * The scenario as the store records it (runs.scenario_path): the folder's name, with the file
 * given inside it if one was (`example`, `example/scenario.yml`). Never an absolute path: the store
 * keeps the files themselves (run_inputs), so nothing needs the original location.
 */
export function storedScenarioPath(files: ScenarioFiles): string {
  const name = basename(files.root);
  return files.given === files.root ? name : `${name}/${relative(files.root, files.given).split(sep).join('/')}`;
}

/** The scenario folder of a path given: the folder itself, or the folder of a scenario.yml given. */
export function scenarioFolder(scenarioPath: string): string {
  const given = resolve(scenarioPath);
  let isDir: boolean;
  try {
    isDir = statSync(given).isDirectory();
  } catch {
    throw new InputError('scenario not found', { file: scenarioPath, expected: 'a scenario folder (Flee layout) or a scenario.yml file' });
  }
  return isDir ? given : dirname(given);
}

/** The files of `inputFiles` outside `root`, each once, named by their `../` path from `root`. */
function outsideFiles(root: string, inputFiles: readonly string[]): ScenarioFile[] {
  const names = new Set<string>();
  for (const file of inputFiles) {
    const name = relative(root, resolve(file)).split(sep).join('/');
    if (isOutsideName(name)) names.add(name);
  }
  return [...names].sort().map((name) => {
    const path = join(root, ...name.split('/'));
    try {
      return { path: name, content: readFileSync(path) };
    } catch (e) {
      throw new InputError(`cannot read a file of the scenario: ${(e as Error).message}`, { file: name, expected: 'a readable file' });
    }
  });
}

/** A relative name that leaves the scenario folder (`../…`). */
export function isOutsideName(name: string): boolean {
  return name === '..' || name.startsWith('../');
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

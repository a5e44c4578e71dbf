/**
 * Scenarios travel to queue workers through Redis, not through a shared file system: the
 * submitter puts the scenario's files under `corridor:scenario:<hash>` once (not once per job),
 * and each worker writes them to a local cache folder, checks the hash, and reads the scenario
 * from there with the same reader as any path. Workers therefore need no copy of the scenario, and
 * can never simulate a different version of it than the one the submitter hashed.
 *
 * Files the scenario reads from outside its folder (named `../…` in ScenarioFiles) travel too: the
 * scenario folder is rebuilt under as many of its parent folders as those names climb, so every
 * `../` path the scenario gives resolves to the same bytes on the worker.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve, sep } from 'node:path';
import type { Redis } from 'ioredis';
import { InputError } from '../../errors.js';
import { hashScenarioFiles, isOutsideName } from '../../store/scenarioFiles.js';
import type { ScenarioFiles } from '../../store/scenarioFiles.js';

/** Scenarios larger than this are refused for the queue (Redis values are kept in memory). */
export const MAX_SHIPPED_BYTES = 256 * 1024 * 1024;
const KEEP_SECONDS = 7 * 24 * 3600;

interface Shipped {
  /**
   * Where the scenario folder goes in the cache folder (`/` separators): its own name, below the
   * names of the parent folders that files outside it need (`parent/scenario`).
   */
  readonly name: string;
  /** Relative path of what was given (folder `.` or a file) inside the scenario folder. */
  readonly entry: string;
  readonly files: readonly { readonly path: string; readonly base64: string }[];
}

export function scenarioKey(hash: string): string {
  return `corridor:scenario:${hash}`;
}

export async function publishScenario(redis: Redis, s: ScenarioFiles): Promise<void> {
  if (s.bytes > MAX_SHIPPED_BYTES) {
    throw new InputError(`the scenario has ${s.bytes} bytes of files, too many to send through Redis`, { file: s.root, expected: `at most ${MAX_SHIPPED_BYTES} bytes` });
  }
  const shipped: Shipped = {
    name: folderWithParents(s.root, Math.max(0, ...s.files.map((f) => climb(f.path)))),
    entry: s.given === s.root ? '.' : s.given.slice(s.root.length + 1),
    files: s.files.map((f) => ({ path: f.path, base64: f.content.toString('base64') })),
  };
  await redis.set(scenarioKey(s.hash), JSON.stringify(shipped), 'EX', KEEP_SECONDS);
}

/** How many folders up a relative name climbs (`../../x` climbs 2). */
function climb(name: string): number {
  let n = 0;
  while (isOutsideName(name.split('/').slice(n).join('/'))) n++;
  return n;
}

/** The last `parents` + 1 names of the absolute folder `root`, joined by `/`. */
function folderWithParents(root: string, parents: number): string {
  return root.split(sep).filter((x) => x !== '').slice(-(parents + 1)).join('/');
}

/**
 * Returns the path to read the scenario from on this machine: `<cache>/<hash>/<name>[/<entry>]`,
 * fetched from Redis when not cached yet (written in a temporary folder, then renamed).
 */
export async function fetchScenario(redis: Redis, hash: string, cacheDir: string): Promise<string> {
  const home = join(cacheDir, hash);
  const marker = join(home, 'entry.json');
  if (!existsSync(marker)) {
    const text = await redis.get(scenarioKey(hash));
    if (text === null) throw new InputError(`scenario ${hash} is not in Redis (expired, or submitted to another server)`, { expected: 'the ensemble to be submitted again' });
    const shipped = JSON.parse(text) as Shipped;
    const files = shipped.files.map((f) => ({ path: f.path, content: Buffer.from(f.base64, 'base64') }));
    if (hashScenarioFiles(files) !== hash) throw new InputError(`scenario ${hash} from Redis does not match its hash`, { expected: 'an unaltered scenario upload' });
    const tmp = join(cacheDir, `.${hash}.${process.pid}.${randomBytes(4).toString('hex')}`);
    try {
      for (const f of files) {
        const target = resolve(tmp, ...shipped.name.split('/'), ...f.path.split('/'));
        if (!target.startsWith(tmp + sep)) throw new InputError(`scenario ${hash} from Redis names a file outside its folder tree: ${f.path}`, { expected: 'an unaltered scenario upload' });
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, f.content);
      }
      mkdirSync(join(tmp, ...shipped.name.split('/')), { recursive: true });
      writeFileSync(join(tmp, 'entry.json'), JSON.stringify({ name: shipped.name, entry: shipped.entry }));
      mkdirSync(cacheDir, { recursive: true });
      try {
        renameSync(tmp, home);
      } catch (e) {
        if (!existsSync(marker)) throw e; // else another worker on this machine cached it first
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const entry = JSON.parse(readFileSync(marker, 'utf8')) as { name: string; entry: string };
  const folder = join(home, ...entry.name.split('/'));
  return entry.entry === '.' ? folder : join(folder, entry.entry);
}

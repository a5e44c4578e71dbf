/**
 * The dashboard's built files (vite's output), read once at start-up into a manifest: exact URL
 * path → bytes and content type. A request is answered by looking its path up in this map and
 * nothing else, so no part of a URL ever becomes a file-system path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';

export interface WebAsset {
  readonly body: Uint8Array;
  readonly type: string;
  /** Content-hashed file names can be cached for good. */
  readonly immutable: boolean;
}

export type WebAssets = ReadonlyMap<string, WebAsset>;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const MAX_FILES = 200;

/** The built dashboard: $CORRIDOR_WEB_DIR, else dist/web next to the bundle or the sources. */
export function defaultWebDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CORRIDOR_WEB_DIR;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const candidates = [new URL('../web/', import.meta.url), new URL('../../dist/web/', import.meta.url)].map((u) => fileURLToPath(u));
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0];
}

export function loadWebAssets(dir: string): WebAssets {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new InputError('the dashboard is not built', { file: dir, expected: 'index.html there: run npm run build' });
  }
  const assets = new Map<string, WebAsset>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const type = CONTENT_TYPES[extname(entry.name)];
    if (type === undefined) continue; // source maps and anything unexpected are not served
    const path = join(entry.parentPath, entry.name);
    const urlPath = '/' + relative(dir, path).split(sep).join('/');
    if (urlPath.startsWith('/.')) continue;
    assets.set(urlPath, { body: readFileSync(path), type, immutable: urlPath.startsWith('/assets/') });
    if (assets.size > MAX_FILES) throw new InputError(`the dashboard folder has more than ${MAX_FILES} files`, { file: dir, expected: 'the output of npm run build' });
  }
  return assets;
}

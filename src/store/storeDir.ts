/**
 * Where the results store lives: `--store <dir>`, else `$CORRIDOR_STORE`, else
 * `$XDG_DATA_HOME/corridor`, else `~/.local/share/corridor` (the XDG default).
 */
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CORRIDOR_STORE;
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  const xdg = env.XDG_DATA_HOME;
  const dataHome = xdg !== undefined && isAbsolute(xdg) ? xdg : join(homedir(), '.local', 'share');
  return join(dataHome, 'corridor');
}

/** The store folder for a command: the `--store` flag when given, else the default. */
export function resolveStoreDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag !== undefined && flag !== '' ? resolve(flag) : defaultStoreDir(env);
}

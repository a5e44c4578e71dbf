/**
 * The temporary siblings of an output folder `<parent>/<name>`: `.<name>.corridor-tmp-<pid>-<hex>`
 * (a new set being written) and `.<name>.corridor-old-<pid>-<hex>` (the old set while the new one
 * is swapped in). They live in the same parent so that renames between them are atomic, and their
 * names say which folder and which process they belong to, so a later run can recognise and
 * remove what a killed run left behind.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type SiblingKind = 'tmp' | 'old';

export interface Sibling {
  readonly path: string;
  readonly kind: SiblingKind;
  /** The process that created it. */
  readonly pid: number;
}

function prefix(target: string): string {
  return `.${basename(target)}.corridor-`;
}

/** A fresh sibling name of `target` for this process. */
export function siblingPath(target: string, kind: SiblingKind): string {
  return join(dirname(target), `${prefix(target)}${kind}-${process.pid}-${randomBytes(6).toString('hex')}`);
}

/** The siblings of `target` that exist now (none when its parent does not exist). */
export function existingSiblings(target: string): Sibling[] {
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return [];
  }
  const head = prefix(target);
  const found: Sibling[] = [];
  for (const name of names) {
    if (!name.startsWith(head)) continue;
    const m = /^(tmp|old)-(\d+)-[0-9a-f]+$/.exec(name.slice(head.length));
    if (m !== null) found.push({ path: join(dirname(target), name), kind: m[1] as SiblingKind, pid: Number(m[2]) });
  }
  return found;
}

/** Whether process `pid` still runs (a sibling of a live process is another run's, left alone). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

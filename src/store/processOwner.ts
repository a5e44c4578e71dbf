/**
 * Who holds a lock or a staging folder: host, process id and the process's start time. A process
 * id alone is not enough: after a crash the id may be reused by an unrelated live process, which
 * would then seem to hold the lock forever. The start time (Linux: /proc/<pid>/stat, in clock
 * ticks since boot) tells the owner from a newcomer with the same id; where it cannot be read,
 * the id alone is judged, and the lock's heartbeat (commitLock.ts) still frees it.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface ProcessOwner {
  readonly host: string;
  readonly pid: number;
  /** Start time of the process (opaque; undefined where the system does not tell it). */
  readonly started?: string;
}

export function thisOwner(): ProcessOwner {
  const started = processStart(process.pid);
  return { host: hostname(), pid: process.pid, ...(started === undefined ? {} : { started }) };
}

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces and parentheses). */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

/**
 * A process on this host that no longer runs (a crashed writer), or whose id now belongs to a
 * process started at another time. Owners on other hosts are never judged here.
 */
export function isDeadOwner(owner: ProcessOwner): boolean {
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
  if (owner.started === undefined) return false;
  const now = processStart(owner.pid);
  return now !== undefined && now !== owner.started;
}

/**
 * What the dashboard shows of where a run's scenario came from: the scenario folder's name only.
 * The store records the path as given on the command line (absolute); showing it would reveal the
 * layout of the machine's file system to whoever reads the dashboard.
 */
import { posix, win32 } from 'node:path';

/** `/home/a/scenarios/example` and `/home/a/scenarios/example/scenario.yml` both give `example`. */
export function scenarioFolderName(storedPath: string): string {
  const path = storedPath.includes('\\') ? win32 : posix;
  const last = path.basename(storedPath);
  return /\.ya?ml$/i.test(last) ? path.basename(path.dirname(storedPath)) : last;
}

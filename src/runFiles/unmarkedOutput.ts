/**
 * Output folders written by corridor before it marked them (no `.corridor-output`): recognised by
 * their names only, to say so when such a folder is refused. They are not replaced without a
 * marker, since a folder of the user's could hold files of the same names.
 */
import { readdirSync } from 'node:fs';

const OUTPUT_FILES = new Set([
  'out.csv', 'summary.json', 'states.csv', 'crossings.csv', 'apprehensions.csv', 'locations.csv',
  'compare.md', 'compare.csv', 'compare.json', 'validation.json', 'calibration.json', 'posterior.csv', 'report.html',
]);
const OUTPUT_FOLDERS = /^(replica-\d+|figures|validation|calibration)$/;
/** `corridor ensemble`'s summary file, which it puts in `results/<scenario>/` by default. */
export const ENSEMBLE_SUMMARY = /^ensemble-[0-9a-f]+\.json$/;

/** Whether every entry of the folder `dir` has a name corridor gives its outputs. */
export function looksLikeUnmarkedOutput(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).every((e) => (e.isDirectory() ? OUTPUT_FOLDERS.test(e.name) : OUTPUT_FILES.has(e.name) || ENSEMBLE_SUMMARY.test(e.name)));
}

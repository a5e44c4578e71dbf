/**
 * What the commands print for people on stdout (summaries, "written to" lines) goes through here:
 * a scenario name, a policy or a path taken from the input can hold control bytes, which are shown
 * as `\xNN` (visibleControls) instead of reaching the terminal.
 */
import { visibleControls } from '../text/visibleControls.js';

export function printSummary(text: string): void {
  process.stdout.write(visibleControls(text));
}

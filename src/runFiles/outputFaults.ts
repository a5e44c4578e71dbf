/**
 * Test-only fault injection for the output writer. When the environment variable
 * `CORRIDOR_TEST_KILL_OUTPUT_AT` names a stage, the process kills itself with SIGKILL on reaching
 * it, as `kill -9` at that moment would; the tests then check that the output folder holds the
 * complete old set or the complete new set. Unset (always, outside the tests), it does nothing.
 */

/** The stages of writing an output set, in order (outputSet.ts, outputSwap.ts). */
export const OUTPUT_STAGES = ['temp-created', 'file-written', 'files-written', 'old-set-moved', 'new-set-in-place'] as const;

export type OutputStage = (typeof OUTPUT_STAGES)[number];

export const KILL_OUTPUT_AT_VARIABLE = 'CORRIDOR_TEST_KILL_OUTPUT_AT';

export function outputFaultPoint(stage: OutputStage): void {
  if (process.env[KILL_OUTPUT_AT_VARIABLE] === stage) process.kill(process.pid, 'SIGKILL');
}

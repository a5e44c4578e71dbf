/**
 * Test-only fault injection for the results store. When the environment variable
 * `CORRIDOR_TEST_KILL_STORE_AT` names a stage, the process kills itself with SIGKILL on reaching
 * it, as `kill -9` at that moment would; the tests then check that the store holds each run once,
 * whole or not at all, and that the next writer is not held up by what was left. Unset (always,
 * outside the tests), it does nothing.
 */

/** The stages of a commit (storeWriter.ts) and of the format migration (storeMigration.ts), in order. */
export const STORE_STAGES = ['partition-staged', 'lock-taken', 'partition-published', 'migration-staged', 'migration-published'] as const;

export type StoreStage = (typeof STORE_STAGES)[number];

export const KILL_STORE_AT_VARIABLE = 'CORRIDOR_TEST_KILL_STORE_AT';

export function storeFaultPoint(stage: StoreStage): void {
  if (process.env[KILL_STORE_AT_VARIABLE] === stage) process.kill(process.pid, 'SIGKILL');
}

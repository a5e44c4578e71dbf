/**
 * Test-only fault injection for internal errors. When the environment variable
 * `CORRIDOR_TEST_INTERNAL_FAULT` names a place, reaching it throws a plain Error, as a bug there
 * would; the tests check that the command still exits 1 with "internal error", so that no
 * catch-all on the way turns a bug into an input error (exit 2). Unset (always, outside the
 * tests), it does nothing.
 */

/** Where a fault can be injected: after each simulated day (in every replica, in worker threads too), and after writing each output file. */
export const INTERNAL_FAULT_PLACES = ['simulation-day', 'output-file'] as const;

export type InternalFaultPlace = (typeof INTERNAL_FAULT_PLACES)[number];

export const INTERNAL_FAULT_VARIABLE = 'CORRIDOR_TEST_INTERNAL_FAULT';

export function internalFaultPoint(place: InternalFaultPlace): void {
  if (process.env[INTERNAL_FAULT_VARIABLE] === place) throw new Error(`injected internal fault at ${place} (${INTERNAL_FAULT_VARIABLE})`);
}

/**
 * The state of a person in a corridor run (border-mechanics.md): exactly one at the end of every
 * day. `active` persons are at a location or on a link (the agent table says which); the others
 * are out of the day's movement.
 */
export const PersonStatus = {
  active: 0,
  inTransfer: 1,
  inDetention: 2,
  arrived: 3,
  removed: 4,
  /** Gave up after repeated failures: settled at their location (counted there), never moves again. */
  gaveUp: 5,
} as const;

export { OUT_OF_PLAY } from '../state.js';

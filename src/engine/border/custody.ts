/**
 * Persons out of the day's movement: those in transfer or detention awaiting release (in the
 * order they were taken in), and the running counts per state. Written by apprehension.ts,
 * releases.ts and reception.ts (settle).
 */
import { createAgentList } from '../agentList.js';
import type { AgentList } from '../agentList.js';

export interface Custody {
  /** Persons in transfer or detention (ids), scanned for releases in this order. */
  held: AgentList;
  /** The list the next scan of `held` fills (swapped with `held` daily: no allocation per day). */
  spare: AgentList;
  inTransfer: number;
  inDetention: number;
  removed: number;
  gaveUp: number;
}

export function createCustody(): Custody {
  return { held: createAgentList(), spare: createAgentList(), inTransfer: 0, inDetention: 0, removed: 0, gaveUp: 0 };
}

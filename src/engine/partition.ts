/**
 * Splitting one run's agents over threads. Agents are owned in fixed chunks (chunk k belongs to
 * partition k mod count), so ownership depends only on the agent id. Every partition keeps a full,
 * identical copy of everything that is not an agent (locations, links, spawning: all computed from
 * the same inputs and day-keyed random streams) and works on its own agents only. Location counts
 * are kept per partition and summed at each synchronisation into the census that route choice
 * reads, so results do not depend on the number of partitions.
 *
 * The engine never starts threads: whoever runs the partitions supplies `synchronize`.
 */
import { AGENT_COLUMNS } from './agentTable.js';
import type { AgentBuffers } from './agentTable.js';
import { allocateSharedColumns } from './columns.js';

export const CHUNK_SHIFT = 12;
export const CHUNK = 1 << CHUNK_SHIFT;

export interface Partition {
  readonly index: number;
  readonly count: number;
  /** Shared memory for the agent columns (see agentTable.ts), sized for the whole run. */
  readonly agentBuffers: AgentBuffers;
  /**
   * Exchanges this partition's location counts (`own`) for the global ones (written to `census`)
   * and returns the sum of `pending` over all partitions. Every partition calls it at the same
   * points of the day.
   */
  synchronize(own: Int32Array, census: Int32Array, pending: number): number;
}

/** Shared memory for the agent columns of a whole run, packed as columnLayout(AGENT_COLUMNS) says (31 bytes per agent). */
export function createAgentBuffers(capacity: number): AgentBuffers {
  return allocateSharedColumns(AGENT_COLUMNS, capacity, { defaults: false });
}

/** The single partition of a run on one thread. */
export const WHOLE = { index: 0, count: 1 } as const;

/** How many of the ids first .. first+n-1 partition `index` of `count` owns. */
export function ownedInRange(index: number, count: number, first: number, n: number): number {
  if (count === 1) return n;
  let owned = 0;
  const end = first + n;
  for (let a = first; a < end; ) {
    const chunk = a >> CHUNK_SHIFT;
    const chunkEnd = Math.min(end, (chunk + 1) << CHUNK_SHIFT);
    if (chunk % count === index) owned += chunkEnd - a;
    a = chunkEnd;
  }
  return owned;
}

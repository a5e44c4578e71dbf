/**
 * The tight passes that find, in one chunk of agent ids, the agents a phase visits; kept as small
 * functions of their own so that V8 compiles each loop on its own, whatever the phase around it.
 */

/** Writes to `out` the agents of start..end-1 whose leave day is `day` or earlier; returns how many. */
export function agentsDue(nextLeaveDay: Int32Array, start: number, end: number, day: number, out: Int32Array): number {
  let count = 0;
  for (let a = start; a < end; a++) if (nextLeaveDay[a] <= day) out[count++] = a;
  return count;
}

/**
 * Writes to `out`, in id order, the agents of start..end-1 (start a multiple of 32) whose bit is
 * set in `bits` (one bit per agent, agent a at bit a & 31 of word a >>> 5); returns how many. Reads
 * one word per 32 agents, so agents at locations cost almost nothing.
 */
export function agentsFlagged(bits: Uint32Array, start: number, end: number, out: Int32Array): number {
  let count = 0;
  for (let w = start >>> 5, last = (end + 31) >>> 5; w < last; w++) {
    let word = bits[w];
    while (word !== 0) {
      const lowest = word & -word;
      const a = (w << 5) + 31 - Math.clz32(lowest);
      if (a >= end) return count;
      out[count++] = a;
      word ^= lowest;
    }
  }
  return count;
}

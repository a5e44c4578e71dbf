/**
 * Sets of agent ids within a phase (today's travellers, agents waiting to chain another leg,
 * agents deferred to the second decision pass) as bitsets: one bit per agent, so that even a day
 * on which every agent travels costs an eighth of a byte per agent per set rather than an id list
 * of four bytes. Members are visited in increasing id order (nextMember), whatever the order in
 * which they were added. The simulation reuses the sets from day to day.
 */
export interface AgentSet {
  words: Uint32Array;
  /** Members. */
  count: number;
  /** Words that may hold a member (clearing stops there). */
  used: number;
}

export function createAgentSet(): AgentSet {
  return { words: new Uint32Array(64), count: 0, used: 0 };
}

/** Adds agent `a` (not a member yet). */
export function addMember(set: AgentSet, a: number): void {
  const w = a >>> 5;
  if (w >= set.words.length) {
    const bigger = new Uint32Array(Math.max(w + 1, set.words.length + (set.words.length >> 1)));
    bigger.set(set.words);
    set.words = bigger;
  }
  set.words[w] |= 1 << (a & 31);
  if (w >= set.used) set.used = w + 1;
  set.count++;
}

/** The smallest member >= `from`, or -1. */
export function nextMember(set: AgentSet, from: number): number {
  let w = from >>> 5;
  const used = set.used;
  if (w >= used) return -1;
  const words = set.words;
  let bits = words[w] & (~0 << (from & 31));
  while (bits === 0) {
    if (++w >= used) return -1;
    bits = words[w];
  }
  return (w << 5) | (31 - Math.clz32(bits & -bits));
}

export function clearSet(set: AgentSet): void {
  set.words.fill(0, 0, set.used);
  set.count = 0;
  set.used = 0;
}

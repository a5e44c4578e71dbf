/** The passes that find a chunk's agents for a phase (src/engine/chunkScans.ts), against plain loops. */
import { describe, expect, it } from 'vitest';
import { agentsDue, agentsFlagged } from '../../src/engine/chunkScans.js';
import { CounterRandom } from '../../src/engine/random.js';

const N = 10_000;

describe('finding a chunk’s agents', () => {
  it('lists the agents whose bit is set, in id order, within the chunk only', () => {
    const rng = new CounterRandom(7);
    rng.reset(0, 0, 0);
    for (const share of [0, 0.02, 0.5, 1]) {
      const bits = new Uint32Array((N + 31) >>> 5);
      const set: boolean[] = [];
      for (let a = 0; a < N; a++) {
        set.push(rng.next() < share);
        if (set[a]) bits[a >>> 5] |= 1 << (a & 31);
      }
      const out = new Int32Array(N);
      // Chunks that start on a word and end anywhere (the last chunk ends at the agent count).
      for (const [start, end] of [[0, 4096], [4096, 8192], [8192, N], [0, N], [64, 65], [9984, 9999]]) {
        const expected = [];
        for (let a = start; a < end; a++) if (set[a]) expected.push(a);
        const count = agentsFlagged(bits, start, end, out);
        expect(Array.from(out.subarray(0, count)), `share ${share}, ${start}..${end}`).toEqual(expected);
      }
    }
  });

  it('lists the agents due on a day (leave day drawn and reached, or not drawn yet)', () => {
    const nextLeave = Int32Array.from({ length: N }, (_, a) => [-1, 3, 4, 5, 0x7fffffff][a % 5]);
    const out = new Int32Array(N);
    const count = agentsDue(nextLeave, 100, 4196, 4, out);
    const expected = [];
    for (let a = 100; a < 4196; a++) if (nextLeave[a] <= 4) expected.push(a);
    expect(count).toBe(expected.length);
    expect(Array.from(out.subarray(0, count))).toEqual(expected);
  });
});

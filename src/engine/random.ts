/**
 * Counter-based random numbers: every stream is keyed by (seed, day, key), so a draw depends only
 * on who draws and when, never on processing order or on how agents are split across threads.
 *
 * A stream is a Weyl sequence passed through an integer finaliser (the "lowbias32" constants of
 * C. Wellons' hash prospector), giving 32-bit uniform outputs.
 */
import { STREAM } from './streamPurposes.js';

/** A well-mixing 32-bit integer hash. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const INV_2_32 = 1 / 4294967296;
const WEYL = 0x9e3779b9 | 0;

/**
 * Inline drawing for hot loops (the same numbers as `begin` and `next`, without a call that
 * returns a boxed double): `streamStart` is the stream position after `begin(dayKey, key)`, whose
 * first uniform is `(state >>> 0) * UNIFORM_SCALE`; each further uniform is
 * `mix32(state = (state + STREAM_STEP) | 0) * UNIFORM_SCALE`.
 */
export function streamStart(dayKey: number, key: number): number {
  return mix32(dayKey ^ Math.imul(key + 1, 0x9e3779b1)) | 0;
}
export const STREAM_STEP = WEYL;
export const UNIFORM_SCALE = INV_2_32;


/**
 * One reusable stream object per phase (not per agent): `reset` positions it at the start of the
 * stream for (day, key, purpose), `next` returns uniforms in [0, 1).
 */
export class CounterRandom {
  private readonly seedLo: number;
  private readonly seedHi: number;
  /** Position of the current stream (read and set by loops that draw inline; see streamStart). */
  state = 0;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`);
    this.seedLo = mix32(seed >>> 0);
    this.seedHi = mix32(Math.floor(seed / 4294967296) ^ 0x5bd1e995);
  }

  reset(day: number, key: number, purpose: number): void {
    let s = mix32(this.seedLo ^ Math.imul(day + 1, 0x85ebca6b));
    s = mix32(s ^ Math.imul(key + 1, 0xc2b2ae35) ^ this.seedHi);
    this.state = mix32(s ^ Math.imul(purpose + 1, 0x27d4eb2f));
  }

  /**
   * A 32-bit key for all streams of one (day, purpose): computed once per phase, then `begin`
   * positions the stream of one agent with a single hash.
   */
  dayKey(day: number, purpose: number): number {
    let s = mix32(this.seedLo ^ Math.imul(day + 1, 0x85ebca6b));
    s = mix32(s ^ Math.imul(purpose + 1, 0x27d4eb2f) ^ this.seedHi);
    return s;
  }

  /** Starts the stream of `key` under `dayKey` and returns its first uniform in [0, 1). */
  begin(dayKey: number, key: number): number {
    const h = mix32(dayKey ^ Math.imul(key + 1, 0x9e3779b1));
    this.state = h | 0;
    return h * INV_2_32;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  next(): number {
    this.state = (this.state + WEYL) | 0;
    return mix32(this.state) * INV_2_32;
  }

  /** Uniform in [0, 1) with 53 bits of resolution (two draws). */
  nextDouble(): number {
    const hi = this.next() * 4294967296;
    return (hi * 2097152 + Math.floor(this.next() * 2097152)) / 9007199254740992;
  }
}

/** Derives the seed of replica `k` from a run seed (documented in the README). */
export function replicaSeed(seed: number, replica: number): number {
  if (replica === 0) return seed;
  const r = new CounterRandom(seed);
  r.reset(0, replica, STREAM.replica);
  return Math.floor(r.nextDouble() * 2 ** 48);
}

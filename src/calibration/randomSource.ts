/**
 * The calibration's own random numbers (proposals, resampling, simulation seeds), drawn on the
 * coordinating thread from counter-based streams keyed by (seed, generation, purpose), so a
 * calibration depends on its seed and settings only, never on the thread count.
 */
import { CounterRandom, STREAM } from '../engine/index.js';

export const CalibrationStream = { prior: 1, resample: 2, perturb: 3, seeds: 4, predictive: 5 } as const;

export class RandomSource {
  private readonly rng: CounterRandom;
  private spare: number | undefined;

  constructor(seed: number, generation: number, purpose: number) {
    this.rng = new CounterRandom(seed);
    this.rng.reset(generation, purpose, STREAM.calibration);
  }

  uniform(): number {
    return this.rng.nextDouble();
  }

  /** Standard normal draw (Box–Muller, both values used). */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    const u = 1 - this.uniform();
    const v = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** Index drawn with probability proportional to `cumulative` increments (a cumulative weight table). */
  pick(cumulative: Float64Array): number {
    const target = this.uniform() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** A simulation seed (48 bits). */
  seed(): number {
    return Math.floor(this.uniform() * 2 ** 48);
  }
}

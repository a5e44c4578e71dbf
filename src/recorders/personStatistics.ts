/** Mean and quantiles of small whole-number counts over persons (counting sort, no allocation per person). */
import type { PersonStatistic } from './types.js';

export class CountHistogram {
  private counts = new Float64Array(64);
  private n = 0;
  private sum = 0;

  add(value: number): void {
    if (value >= this.counts.length) {
      const c = new Float64Array(Math.max(value + 1, this.counts.length * 2));
      c.set(this.counts);
      this.counts = c;
    }
    this.counts[value]++;
    this.n++;
    this.sum += value;
  }

  /** Smallest value v with at least q of the persons at or below it. */
  quantile(q: number): number | null {
    if (this.n === 0) return null;
    const target = q * this.n;
    let seen = 0;
    for (let v = 0; v < this.counts.length; v++) {
      seen += this.counts[v];
      if (seen >= target - 1e-9 && seen > 0) return v;
    }
    return this.counts.length - 1;
  }

  statistic(): PersonStatistic {
    return { persons: this.n, mean: this.n === 0 ? null : this.sum / this.n, p50: this.quantile(0.5), p90: this.quantile(0.9) };
  }
}

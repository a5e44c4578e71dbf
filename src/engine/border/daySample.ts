/** Whole days drawn from a scenario distribution with one or two uniforms of the caller's stream. */
import type { Distribution } from '../../domain/corridor.js';

export function sampleDays(d: Distribution, u: number): number {
  switch (d.kind) {
    case 'constant':
      return d.value;
    case 'uniform':
      return d.min + Math.min(d.max - d.min, Math.floor(u * (d.max - d.min + 1)));
    case 'exponential':
      return Math.max(1, Math.round(-Math.log1p(-u) * d.mean));
    case 'geometric': {
      // Days >= 1 with mean `mean`: success probability 1 / mean per day.
      const p = 1 / d.mean;
      if (p >= 1) return 1;
      return 1 + Math.floor(Math.log1p(-u) / Math.log1p(-p));
    }
  }
}

/** Mean of the distribution in days (for documentation and tests). */
export function meanDays(d: Distribution): number {
  switch (d.kind) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'exponential':
      return d.mean;
    case 'geometric':
      return d.mean;
  }
}

import { describe, expect, it } from 'vitest';
import { nearestNeighbours, syntheticScenario } from '../../src/synthetic/syntheticNetwork.js';

describe('synthetic networks for benchmarks', () => {
  const s = syntheticScenario({ locations: 1000, agents: 5000, days: 10, seed: 4 });

  it('has 10% conflict zones, 10% unlimited camps and towns otherwise, all agents in conflict zones', () => {
    const count = (k: string) => s.locations.filter((l) => l.kind === k).length;
    expect([count('conflict_zone'), count('camp'), count('town')]).toEqual([100, 100, 800]);
    expect(s.locations.filter((l) => l.kind === 'camp').every((l) => l.populationOrCapacity === 0)).toBe(true);
    const placed = s.initialAgents ?? [];
    expect(placed.reduce((a, g) => a + g.count, 0)).toBe(5000);
    expect(placed.every((g) => s.locations[g.location].kind === 'conflict_zone')).toBe(true);
  });

  it('places locations in the 1,000 km square and links each to its 3 nearest neighbours at 1.2 × the straight line', () => {
    expect(s.locations.every((l) => l.x >= 0 && l.x < 1000 && l.y >= 0 && l.y < 1000)).toBe(true);
    const linked = new Map<number, Set<number>>();
    for (const r of s.routes) {
      const a = s.locations[r.from];
      const b = s.locations[r.to];
      expect(r.distanceKm).toBeCloseTo(Math.hypot(a.x - b.x, a.y - b.y) * 1.2, 9);
      if (!linked.has(r.from)) linked.set(r.from, new Set());
      if (!linked.has(r.to)) linked.set(r.to, new Set());
      linked.get(r.from)!.add(r.to);
      linked.get(r.to)!.add(r.from);
    }
    // Brute force: every location is linked to its 3 nearest (and maybe more, as others' nearest).
    for (let i = 0; i < s.locations.length; i += 37) {
      const d = s.locations.map((l, j) => ({ j, d: j === i ? Infinity : Math.hypot(l.x - s.locations[i].x, l.y - s.locations[i].y) })).sort((p, q) => p.d - q.d);
      for (const { j } of d.slice(0, 3)) expect(linked.get(i)!.has(j)).toBe(true);
    }
  });

  it('is reproducible from its seed and differs across seeds', () => {
    const again = syntheticScenario({ locations: 1000, agents: 5000, days: 10, seed: 4 });
    const other = syntheticScenario({ locations: 1000, agents: 5000, days: 10, seed: 5 });
    expect(again.routes).toEqual(s.routes);
    expect(other.routes).not.toEqual(s.routes);
  });

  it('finds nearest neighbours like a brute-force search', () => {
    const x = Float64Array.from([0, 10, 20, 500, 510, 990]);
    const y = Float64Array.from([0, 0, 0, 500, 505, 990]);
    const near = nearestNeighbours(x, y, 2, 1000);
    expect(Array.from(near[0])).toEqual([1, 2]);
    expect(Array.from(near[5])).toEqual([4, 3]);
  });
});

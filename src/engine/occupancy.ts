/**
 * Occupancy multiplier C(l) of flee-model.md §8.2, in Flee's order of operations.
 * `capacity` is K in hasten units (unscaled); `agents` the count seen by the phase.
 */
export function occupancyMultiplier(capacity: number, agents: number, scaling: number, buffer: number): number {
  const cap = capacity * scaling;
  if (cap < 1) return 1;
  if (agents <= buffer * cap) return 1;
  if (agents >= cap) return 0;
  return 1 - (agents - buffer * cap) / (cap * (1 - buffer));
}

/** The location drawn nearest a point on the map (Web Mercator), within a radius; -1 if none. */
export function nearestLocation(positions: Float32Array, x: number, y: number, maxDistance: number): number {
  let best = -1;
  let bestSq = maxDistance * maxDistance;
  for (let l = 0; l < positions.length / 2; l++) {
    const dx = positions[2 * l] - x;
    const dy = positions[2 * l + 1] - y;
    const sq = dx * dx + dy * dy;
    if (sq <= bestSq) {
      bestSq = sq;
      best = l;
    }
  }
  return best;
}

/**
 * The segments a network's links are drawn as: one per unordered pair of locations that links
 * join (a route stored once per direction is drawn once, with the flows of both added).
 */
export interface LinkSegments {
  /** The segment each link is drawn as. */
  readonly segmentOf: Int32Array;
  /** Each segment's two ends (location indices): [a0, b0, a1, b1, ...]. */
  readonly segmentEnds: Int32Array;
}

export function linkSegments(linkEnds: Int32Array, locations: number): LinkSegments {
  const links = linkEnds.length / 2;
  const segmentOf = new Int32Array(links);
  const ends: number[] = [];
  const seen = new Map<number, number>();
  for (let k = 0; k < links; k++) {
    const a = Math.min(linkEnds[2 * k], linkEnds[2 * k + 1]);
    const b = Math.max(linkEnds[2 * k], linkEnds[2 * k + 1]);
    const key = a * locations + b;
    let s = seen.get(key);
    if (s === undefined) {
      s = ends.length / 2;
      seen.set(key, s);
      ends.push(a, b);
    }
    segmentOf[k] = s;
  }
  return { segmentOf, segmentEnds: Int32Array.from(ends) };
}

/** Every segment as a line between its two ends' positions: x0, y0, x1, y1, ... */
export function segmentLines(segmentEnds: Int32Array, positions: Float32Array): Float32Array {
  const out = new Float32Array(2 * segmentEnds.length);
  for (let i = 0; i < segmentEnds.length; i++) {
    out[2 * i] = positions[2 * segmentEnds[i]];
    out[2 * i + 1] = positions[2 * segmentEnds[i] + 1];
  }
  return out;
}

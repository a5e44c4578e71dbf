/**
 * The shapes of one day, worked out on the CPU: each location's disc radius from the people
 * present and each link segment's width from the people setting out along it (square-root scales
 * over the run, in drawing-buffer pixels), and the lists of quads to draw (index lists, 6 indices
 * per quad of 4 vertices). Only what carries people is listed.
 */
import type { Network } from '../api/types.js';

/** Largest disc radius and link width in CSS pixels; smaller on big networks, where they would cover each other. */
function largest(locations: number): { radius: number; width: number } {
  if (locations > 2000) return { radius: 7, width: 4 };
  if (locations > 200) return { radius: 12, width: 7 };
  return { radius: 18, width: 10 };
}

export class DayShapes {
  /** Per vertex (4 per segment): width; per vertex (4 per location): radius. */
  readonly linkWidths: Float32Array;
  readonly radii: Float32Array;
  readonly linkQuads: Uint32Array;
  readonly discQuads: Uint32Array;
  linkQuadCount = 0;
  discQuadCount = 0;
  private readonly segmentFlow: Float64Array;
  private readonly presentScale: number;
  private readonly flowScale: number;
  private readonly smallest = { radius: 2, width: 1.5 };

  constructor(
    net: Network,
    private readonly segmentOf: Int32Array,
    segments: number,
    private readonly pixelRatio: number,
  ) {
    const n = net.names.length;
    this.segmentFlow = new Float64Array(segments);
    this.linkWidths = new Float32Array(4 * segments);
    this.radii = new Float32Array(4 * n);
    this.linkQuads = new Uint32Array(6 * segments);
    this.discQuads = new Uint32Array(6 * n);
    const { radius, width } = largest(n);
    this.presentScale = (radius - this.smallest.radius) / Math.sqrt(Math.max(1, net.maxPresent));
    this.flowScale = (width - this.smallest.width) / Math.sqrt(Math.max(1, net.maxFlow));
  }

  setDay(present: Int32Array, flow: Int32Array): void {
    const segmentFlow = this.segmentFlow;
    segmentFlow.fill(0);
    for (let k = 0; k < flow.length; k++) segmentFlow[this.segmentOf[k]] += flow[k];
    this.discQuadCount = listSized(present, this.smallest.radius, this.presentScale, this.pixelRatio, this.radii, this.discQuads);
    this.linkQuadCount = listSized(segmentFlow, this.smallest.width, this.flowScale, this.pixelRatio, this.linkWidths, this.linkQuads);
  }
}

/**
 * For each shape with a positive amount: its 4 vertices' size (smallest + √amount × scale, in
 * drawing-buffer pixels) and its quad in the index list. Returns how many quads are listed.
 */
function listSized(amounts: ArrayLike<number>, smallest: number, scale: number, pixelRatio: number, sizes: Float32Array, list: Uint32Array): number {
  let quads = 0;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    if (a <= 0) continue;
    sizes.fill((smallest + Math.sqrt(a) * scale) * pixelRatio, 4 * i, 4 * i + 4);
    listQuad(list, quads++, 4 * i);
  }
  return quads;
}

/** Quad `q` of an index list: two triangles over the 4 vertices from `v`. */
function listQuad(list: Uint32Array, q: number, v: number): void {
  const i = 6 * q;
  list[i] = v;
  list[i + 1] = v + 1;
  list[i + 2] = v + 2;
  list[i + 3] = v + 2;
  list[i + 4] = v + 1;
  list[i + 5] = v + 3;
}

/**
 * Country borders and coastlines that ship with the dashboard (world-atlas: Natural Earth 1:50m,
 * public domain), meshed at build time (web/outlineMesh.ts) and fetched from the dashboard's own
 * assets as typed arrays, cut down to the lines near a network, in Web Mercator coordinates.
 */
import { MercatorCoordinate } from 'maplibre-gl';
import outlinesUrl from 'virtual:country-outlines';

export type Bounds = [[number, number], [number, number]];

/** Each line's first point and point count, and every point's longitude and latitude. */
interface OutlineLines {
  readonly starts: Uint32Array;
  readonly counts: Uint32Array;
  readonly coords: Float32Array;
}

let lines: Promise<OutlineLines> | undefined;

/** Reads the outline file (once per page), e.g. while the run is still loading. */
export function allLines(): Promise<OutlineLines> {
  lines ??= fetch(outlinesUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`cannot read the country outlines: ${r.status} ${r.statusText}`);
      return r.arrayBuffer();
    })
    .then(decodeLines);
  return lines;
}

function decodeLines(buffer: ArrayBuffer): OutlineLines {
  const count = new Uint32Array(buffer, 0, 1)[0];
  const counts = new Uint32Array(buffer, 4, count);
  const coords = new Float32Array(buffer, 4 * (1 + count));
  const starts = new Uint32Array(count);
  for (let i = 1; i < count; i++) starts[i] = starts[i - 1] + counts[i - 1];
  return { starts, counts, coords };
}

/**
 * Line segments (x0, y0, x1, y1, ...) of the borders and coasts meeting `bounds` widened by
 * `margin` degrees.
 */
export async function outlineSegments(bounds: Bounds, margin = 15): Promise<Float32Array> {
  const [[w, s], [e, n]] = bounds;
  const { starts, counts, coords } = await allLines();
  const near: number[] = [];
  for (let i = 0; i < counts.length; i++) {
    for (let p = starts[i]; p < starts[i] + counts[i]; p++) {
      const x = coords[2 * p];
      const y = coords[2 * p + 1];
      if (x >= w - margin && x <= e + margin && y >= s - margin && y <= n + margin) {
        near.push(i);
        break;
      }
    }
  }
  const out = new Float32Array(4 * near.reduce((k, i) => k + Math.max(0, counts[i] - 1), 0));
  let at = 0;
  for (const i of near) {
    let prev = MercatorCoordinate.fromLngLat([coords[2 * starts[i]], coords[2 * starts[i] + 1]]);
    for (let p = starts[i] + 1; p < starts[i] + counts[i]; p++) {
      const next = MercatorCoordinate.fromLngLat([coords[2 * p], coords[2 * p + 1]]);
      out[at++] = prev.x;
      out[at++] = prev.y;
      out[at++] = next.x;
      out[at++] = next.y;
      prev = next;
    }
  }
  return out;
}

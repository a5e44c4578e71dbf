/**
 * Country borders and coastlines that ship with the dashboard (world-atlas: Natural Earth 1:50m,
 * public domain), fetched from the dashboard's own assets, as one mesh of lines (each shared
 * border once), cut down to the lines near a network, in Web Mercator coordinates.
 */
import { MercatorCoordinate } from 'maplibre-gl';
import { mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

export type Bounds = [[number, number], [number, number]];

let lines: Promise<number[][][]> | undefined;

/** Reads the outline file (once per page), e.g. while the run is still loading. */
export function allLines(): Promise<number[][][]> {
  lines ??= fetch(countriesUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topology) => mesh(topology, topology.objects.countries).coordinates);
  return lines;
}

/**
 * Line segments (x0, y0, x1, y1, ...) of the borders and coasts meeting `bounds` widened by
 * `margin` degrees.
 */
export async function outlineSegments(bounds: Bounds, margin = 15): Promise<Float32Array> {
  const [[w, s], [e, n]] = bounds;
  const near = (await allLines()).filter((line) => line.some(([x, y]) => x >= w - margin && x <= e + margin && y >= s - margin && y <= n + margin));
  const count = near.reduce((k, line) => k + Math.max(0, line.length - 1), 0);
  const out = new Float32Array(4 * count);
  let i = 0;
  for (const line of near) {
    let prev = MercatorCoordinate.fromLngLat([line[0][0], line[0][1]]);
    for (let p = 1; p < line.length; p++) {
      const next = MercatorCoordinate.fromLngLat([line[p][0], line[p][1]]);
      out[i++] = prev.x;
      out[i++] = prev.y;
      out[i++] = next.x;
      out[i++] = next.y;
      prev = next;
    }
  }
  return out;
}

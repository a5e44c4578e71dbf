/**
 * Build time: the country borders and coasts of world-atlas (Natural Earth 1:50m) as one mesh of
 * lines (each shared border once), encoded for the browser to use without parsing JSON or meshing
 * a topology: a little-endian Uint32 line count, a Uint32 point count per line, then Float32
 * longitude, latitude pairs. Read by web/src/map/countryOutlines.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export function outlineMeshBytes(): Uint8Array {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const lines = mesh(topology, topology.objects.countries).coordinates;
  const points = lines.reduce((n, line) => n + line.length, 0);
  const header = new Uint32Array(1 + lines.length);
  header[0] = lines.length;
  lines.forEach((line, i) => (header[1 + i] = line.length));
  const coords = new Float32Array(2 * points);
  let at = 0;
  for (const line of lines) {
    for (const [lon, lat] of line) {
      coords[at++] = lon;
      coords[at++] = lat;
    }
  }
  const out = new Uint8Array(header.byteLength + coords.byteLength);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(new Uint8Array(coords.buffer), header.byteLength);
  return out;
}

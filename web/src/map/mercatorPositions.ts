/** Each location's position in Web Mercator (0..1): x, y per location, as the map draws and picks them. */
import { MercatorCoordinate } from 'maplibre-gl';
import type { Network } from '../api/types.js';

export function mercatorPositions(net: Network): Float32Array {
  const n = net.names.length;
  const positions = new Float32Array(2 * n);
  for (let l = 0; l < n; l++) {
    const m = MercatorCoordinate.fromLngLat([net.longitudes[l], net.latitudes[l]]);
    positions[2 * l] = m.x;
    positions[2 * l + 1] = m.y;
  }
  return positions;
}

/**
 * What every map needs before any map can be made, started as soon as a page with maps opens (while
 * its run is still loading): the country outline file, read and meshed once, and maplibre's worker.
 */
import { allLines } from './countryOutlines.js';
import { maplibregl } from './maplibre.js';

export function warmUpMaps(): void {
  void allLines().catch(() => undefined); // a failure shows when a map asks for the outlines
  maplibregl.prewarm();
}

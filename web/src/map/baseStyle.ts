/** The map's own style: a plain background; outlines and network are custom layers. No tiles, no glyphs, no network. */
import type { StyleSpecification } from 'maplibre-gl';

export const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f2ec' } }],
};

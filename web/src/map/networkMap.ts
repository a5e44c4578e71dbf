/**
 * A map of a run's network: maplibre draws the shipped country outlines and every link as a thin
 * line (RouteLinesLayer), the day's network is drawn over it on a canvas of its own (DayOverlay),
 * labels are HTML for small networks (no glyph files needed), and a click picks the nearest location.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { BASE_STYLE } from './baseStyle.js';
import { outlineSegments } from './countryOutlines.js';
import { nearestLocation } from './nearestLocation.js';
import { createDayOverlay } from './dayOverlay.js';
import type { DayOverlay } from './dayOverlay.js';
import { linkSegments, segmentLines } from './linkSegments.js';
import { maplibregl } from './maplibre.js';
import { mercatorPositions } from './mercatorPositions.js';
import { RouteLinesLayer } from './routeLinesLayer.js';
import type { Network } from '../api/types.js';

const MAX_LABELS = 80;
const PICK_PIXELS = 12;

export interface NetworkMap {
  /** Resolves when the map has drawn the network with a day's data for the first time. */
  readonly ready: Promise<void>;
  setDay(present: Int32Array, flow: Int32Array): void;
  onPick(f: (location: number) => void): void;
  highlight(location: number | undefined): void;
  remove(): void;
}

/**
 * The map, the country outlines and the day's data are all awaited at once: the map starts (and
 * its worker loads) while the outlines are read, and the network is added when both are there.
 */
export function createNetworkMap(container: HTMLElement, net: Network, id: string): NetworkMap {
  const picks: ((l: number) => void)[] = [];
  const positions = mercatorPositions(net);
  const { segmentOf, segmentEnds } = linkSegments(net.linkEnds, net.names.length);
  const outlines = outlineSegments(bounds(net));
  let overlay: DayOverlay | undefined;
  let day: { present: Int32Array; flow: Int32Array } | undefined;
  let removed = false;
  const labels: { el: HTMLElement; lngLat: [number, number] }[] = [];
  let marker: maplibregl.Marker | undefined;
  let dayDrawn = () => {};
  const drawnOnce = new Promise<void>((resolve) => (dayDrawn = resolve));

  const map = new maplibregl.Map({
    container,
    style: BASE_STYLE,
    bounds: bounds(net),
    fitBoundsOptions: { padding: 30 },
    attributionControl: false,
    renderWorldCopies: false,
    fadeDuration: 0,
    canvasContextAttributes: { antialias: false },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: 'Outlines: Natural Earth (world-atlas)' }));
  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
  const layersAdded = Promise.all([outlines, loaded]).then(([segments]) => {
    if (removed) return;
    performance.mark('dashboard-map-load');
    const onTop = createDayOverlay(map.getCanvas(), net, positions, segmentOf, segmentEnds, dayDrawn);
    overlay = onTop;
    if (day !== undefined) onTop.setDay(day.present, day.flow);
    map.addLayer(new RouteLinesLayer(`routes-${id}`, segments, segmentLines(segmentEnds, positions), (camera) => onTop.setCamera(camera)));
    if (net.names.length <= MAX_LABELS) addLabels(container, map, net, labels);
  });
  map.on('click', (e) => {
    const m = maplibregl.MercatorCoordinate.fromLngLat(e.lngLat);
    const perPixel = 1 / (512 * 2 ** map.getZoom());
    const l = nearestLocation(positions, m.x, m.y, PICK_PIXELS * perPixel);
    if (l >= 0) for (const f of picks) f(l);
  });

  return {
    ready: Promise.all([layersAdded, drawnOnce]).then(() => undefined),
    setDay: (present, flow) => {
      day = { present, flow };
      overlay?.setDay(present, flow);
    },
    onPick: (f) => picks.push(f),
    highlight: (l) => {
      marker?.remove();
      marker = undefined;
      if (l === undefined) return;
      const el = document.createElement('div');
      el.className = 'pick-ring';
      marker = new maplibregl.Marker({ element: el }).setLngLat([net.longitudes[l], net.latitudes[l]]).addTo(map);
    },
    remove: () => {
      removed = true;
      overlay?.remove();
      map.remove();
    },
  };
}

function bounds(net: Network): [[number, number], [number, number]] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let l = 0; l < net.names.length; l++) {
    w = Math.min(w, net.longitudes[l]);
    e = Math.max(e, net.longitudes[l]);
    s = Math.min(s, net.latitudes[l]);
    n = Math.max(n, net.latitudes[l]);
  }
  if (!Number.isFinite(w)) return [[-10, 35], [40, 60]];
  return [[w - 0.2, s - 0.2], [e + 0.2, n + 0.2]];
}

function addLabels(container: HTMLElement, map: maplibregl.Map, net: Network, labels: { el: HTMLElement; lngLat: [number, number] }[]): void {
  const layer = document.createElement('div');
  layer.className = 'map-labels';
  container.appendChild(layer);
  net.names.forEach((name, l) => {
    const el = document.createElement('span');
    el.className = 'map-label';
    el.textContent = name;
    layer.appendChild(el);
    labels.push({ el, lngLat: [net.longitudes[l], net.latitudes[l]] });
  });
  const place = () => {
    for (const { el, lngLat } of labels) {
      const p = map.project(lngLat);
      el.style.transform = `translate(${Math.round(p.x + 6)}px, ${Math.round(p.y - 7)}px)`;
    }
  };
  map.on('move', place);
  place();
}

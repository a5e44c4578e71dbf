/**
 * Static SVG charts for reports (no scripts, no external resources, so a report opens offline and
 * renders to PNG with resvg): a time-series chart with bands, lines and points, and a weighted
 * histogram. Text uses DejaVu Sans (present on Debian) with generic fall-backs.
 */
import { formatTick, linearScale } from './scale.js';
import { formatIsoDay, parseIsoDay } from '../domain/dates.js';

export const FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

export interface BandLayer { readonly x: ArrayLike<number>; readonly lo: ArrayLike<number>; readonly hi: ArrayLike<number>; readonly label: string; readonly color: string }
export interface LineLayer { readonly x: ArrayLike<number>; readonly y: ArrayLike<number>; readonly label: string; readonly color: string; readonly dashed?: boolean }
export interface PointLayer { readonly x: ArrayLike<number>; readonly y: ArrayLike<number>; readonly label: string; readonly color: string }

export interface SeriesChart {
  readonly title: string;
  readonly yLabel: string;
  /** x values are days since this date (tick labels become dates); without it, plain numbers. */
  readonly startDate?: string;
  readonly xLabel?: string;
  readonly bands?: readonly BandLayer[];
  readonly lines?: readonly LineLayer[];
  readonly points?: readonly PointLayer[];
  /** Vertical marker lines, e.g. the end of a calibration window. */
  readonly markers?: readonly { readonly x: number; readonly label: string }[];
  readonly width?: number;
  readonly height?: number;
}

const MARGIN = { left: 64, right: 16, top: 34, bottom: 58 };

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function extent(arrays: ArrayLike<number>[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      if (Number.isFinite(a[i])) {
        lo = Math.min(lo, a[i]);
        hi = Math.max(hi, a[i]);
      }
    }
  }
  return lo === Infinity ? [0, 1] : [lo, hi];
}

const n = (v: number): string => (Math.round(v * 10) / 10).toString();

export function seriesChartSvg(c: SeriesChart): string {
  const width = c.width ?? 720;
  const height = c.height ?? 320;
  const bands = c.bands ?? [];
  const lines = c.lines ?? [];
  const points = c.points ?? [];
  const [x0, x1] = extent([...bands.map((b) => b.x), ...lines.map((l) => l.x), ...points.map((p) => p.x)]);
  const [, y1] = extent([...bands.map((b) => b.hi), ...lines.map((l) => l.y), ...points.map((p) => p.y)]);
  const [y0] = extent([...bands.map((b) => b.lo), ...lines.map((l) => l.y), ...points.map((p) => p.y)]);
  const xs = linearScale(x0, x1, MARGIN.left, width - MARGIN.right, 6, c.startDate === undefined);
  const ys = linearScale(Math.min(0, y0), y1, height - MARGIN.bottom, MARGIN.top, 5);
  const day0 = c.startDate === undefined ? undefined : parseIsoDay(c.startDate);
  const xTick = (v: number): string => (day0 === undefined ? formatTick(v) : formatIsoDay(day0 + Math.round(v)));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="11">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${MARGIN.left}" y="20" font-size="14" font-weight="bold">${escapeXml(c.title)}</text>`);
  for (const t of ys.ticks) {
    const y = n(ys(t));
    out.push(`<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${y}" y2="${y}" stroke="#e3e3e3"/>`);
    out.push(`<text x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="#444">${formatTick(t)}</text>`);
  }
  const xTicks = day0 === undefined ? xs.ticks : dateTicks(x0, x1, 6);
  for (const t of xTicks) {
    const x = n(xs(t));
    out.push(`<line x1="${x}" x2="${x}" y1="${height - MARGIN.bottom}" y2="${height - MARGIN.bottom + 4}" stroke="#444"/>`);
    out.push(`<text x="${x}" y="${height - MARGIN.bottom + 16}" text-anchor="middle" fill="#444">${xTick(t)}</text>`);
  }
  out.push(`<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${height - MARGIN.bottom}" y2="${height - MARGIN.bottom}" stroke="#444"/>`);
  out.push(`<text transform="translate(14 ${n((MARGIN.top + height - MARGIN.bottom) / 2)}) rotate(-90)" text-anchor="middle" fill="#222">${escapeXml(c.yLabel)}</text>`);
  if (c.xLabel !== undefined) out.push(`<text x="${n((MARGIN.left + width - MARGIN.right) / 2)}" y="${height - 26}" text-anchor="middle" fill="#222">${escapeXml(c.xLabel)}</text>`);
  for (const b of bands) {
    const upper = Array.from({ length: b.x.length }, (_, i) => `${n(xs(b.x[i]))},${n(ys(b.hi[i]))}`);
    const lower = Array.from({ length: b.x.length }, (_, i) => `${n(xs(b.x[i]))},${n(ys(b.lo[i]))}`).reverse();
    out.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${b.color}" fill-opacity="0.25" stroke="none"/>`);
  }
  for (const l of lines) {
    const path = Array.from({ length: l.x.length }, (_, i) => `${n(xs(l.x[i]))},${n(ys(l.y[i]))}`).join(' ');
    out.push(`<polyline points="${path}" fill="none" stroke="${l.color}" stroke-width="1.8"${l.dashed === true ? ' stroke-dasharray="5 3"' : ''}/>`);
  }
  for (const p of points) {
    for (let i = 0; i < p.x.length; i++) out.push(`<circle cx="${n(xs(p.x[i]))}" cy="${n(ys(p.y[i]))}" r="3" fill="${p.color}" stroke="#ffffff" stroke-width="0.8"/>`);
  }
  for (const m of c.markers ?? []) {
    const x = n(xs(m.x));
    out.push(`<line x1="${x}" x2="${x}" y1="${MARGIN.top}" y2="${height - MARGIN.bottom}" stroke="#888" stroke-dasharray="3 3"/>`);
    out.push(`<text x="${x}" y="${MARGIN.top - 4}" text-anchor="middle" fill="#666" font-size="10">${escapeXml(m.label)}</text>`);
  }
  out.push(legend([...bands.map((b) => ({ label: b.label, color: b.color, kind: 'band' as const })), ...lines.map((l) => ({ label: l.label, color: l.color, kind: 'line' as const })), ...points.map((p) => ({ label: p.label, color: p.color, kind: 'point' as const }))], MARGIN.left, height - 12));
  out.push('</svg>');
  return out.join('\n');
}

function legend(items: { label: string; color: string; kind: 'band' | 'line' | 'point' }[], x: number, y: number): string {
  let cx = x;
  const parts: string[] = [];
  for (const it of items.filter((i) => i.label !== '')) {
    if (it.kind === 'band') parts.push(`<rect x="${cx}" y="${y - 8}" width="16" height="9" fill="${it.color}" fill-opacity="0.25"/>`);
    else if (it.kind === 'line') parts.push(`<line x1="${cx}" x2="${cx + 16}" y1="${y - 4}" y2="${y - 4}" stroke="${it.color}" stroke-width="1.8"/>`);
    else parts.push(`<circle cx="${cx + 8}" cy="${y - 4}" r="3" fill="${it.color}"/>`);
    parts.push(`<text x="${cx + 21}" y="${y}" fill="#222">${escapeXml(it.label)}</text>`);
    cx += 30 + it.label.length * 6.3;
  }
  return parts.join('');
}

/** About `count` day offsets spread over [x0, x1], on whole days. */
function dateTicks(x0: number, x1: number, count: number): number[] {
  const step = Math.max(1, Math.round((x1 - x0) / count));
  const out: number[] = [];
  for (let v = x0; v <= x1; v += step) out.push(v);
  return out;
}

export interface HistogramChart {
  readonly title: string;
  readonly xLabel: string;
  readonly values: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
  /** The prior range (the x axis). */
  readonly lower: number;
  readonly upper: number;
  readonly bins?: number;
  /** Interval drawn under the bars (e.g. the 90% credible interval) and marker lines. */
  readonly interval?: readonly [number, number];
  readonly markers?: readonly { readonly x: number; readonly label: string; readonly color: string }[];
  readonly width?: number;
  readonly height?: number;
}

export function histogramSvg(h: HistogramChart): string {
  const width = h.width ?? 360;
  const height = h.height ?? 240;
  const bins = h.bins ?? 24;
  const counts = new Float64Array(bins);
  for (let i = 0; i < h.values.length; i++) {
    const k = Math.min(bins - 1, Math.max(0, Math.floor(((h.values[i] - h.lower) / (h.upper - h.lower)) * bins)));
    counts[k] += h.weights[i];
  }
  const xs = linearScale(h.lower, h.upper, MARGIN.left - 24, width - MARGIN.right, 4, false);
  const ys = linearScale(0, Math.max(...counts), height - MARGIN.bottom + 14, MARGIN.top, 4);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="11">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${MARGIN.left - 24}" y="20" font-size="13" font-weight="bold">${escapeXml(h.title)}</text>`);
  const binWidth = (h.upper - h.lower) / bins;
  for (let k = 0; k < bins; k++) {
    const xa = xs(h.lower + k * binWidth);
    const xb = xs(h.lower + (k + 1) * binWidth);
    const y = ys(counts[k]);
    out.push(`<rect x="${n(xa)}" y="${n(y)}" width="${n(Math.max(0, xb - xa - 1))}" height="${n(ys(0) - y)}" fill="#4a78b5"/>`);
  }
  const base = ys(0);
  out.push(`<line x1="${xs(h.lower)}" x2="${xs(h.upper)}" y1="${n(base)}" y2="${n(base)}" stroke="#444"/>`);
  if (h.interval !== undefined) {
    out.push(`<line x1="${n(xs(h.interval[0]))}" x2="${n(xs(h.interval[1]))}" y1="${n(base + 8)}" y2="${n(base + 8)}" stroke="#d0562b" stroke-width="4"/>`);
  }
  for (const t of [h.lower, (h.lower + h.upper) / 2, h.upper]) {
    out.push(`<text x="${n(xs(t))}" y="${n(base + 19)}" text-anchor="middle" fill="#444">${formatTick(t)}</text>`);
  }
  for (const m of h.markers ?? []) {
    const x = n(xs(m.x));
    out.push(`<line x1="${x}" x2="${x}" y1="${MARGIN.top}" y2="${n(base)}" stroke="${m.color}" stroke-width="1.5" stroke-dasharray="4 2"/>`);
    out.push(`<text x="${x}" y="${MARGIN.top - 3}" text-anchor="middle" fill="${m.color}" font-size="10">${escapeXml(m.label)}</text>`);
  }
  out.push(`<text x="${n((xs(h.lower) + xs(h.upper)) / 2)}" y="${height - 5}" text-anchor="middle" fill="#222">${escapeXml(h.xLabel)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}

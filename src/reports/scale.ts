/** Linear axis scales with "nice" tick values (1, 2, 5 × 10^k steps). */

export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  (value: number): number;
}

export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** Maps [lo, hi] (widened to nice ticks when `nice`) onto [from, to] pixels. */
export function linearScale(lo: number, hi: number, from: number, to: number, tickCount = 5, nice = true): LinearScale {
  if (!(hi > lo)) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, tickCount);
  const a = nice ? Math.floor(lo / step) * step : lo;
  const b = nice ? Math.ceil(hi / step) * step : hi;
  const ticks: number[] = [];
  for (let v = Math.ceil(a / step) * step; v <= b + step * 1e-9; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  const f = (value: number): number => from + ((value - a) / (b - a)) * (to - from);
  return Object.assign(f, { domain: [a, b] as const, ticks });
}

/** Compact tick label: 1200 → "1,200", 0.25 → "0.25", 2e6 → "2M". */
export function formatTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (a >= 1e4) return `${+(v / 1e3).toPrecision(3)}k`;
  if (a >= 1 || a === 0) return (+v.toPrecision(4)).toLocaleString('en-US');
  return `${+v.toPrecision(3)}`;
}

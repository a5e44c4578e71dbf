/**
 * A run's per-day arrays, fetched a window of days at a time and kept for the few windows around
 * the day shown. `at(day)` answers at once from what is loaded (views over the window's buffers,
 * no copy); `load(day)` fetches the window holding it (the very first time, a short window from
 * that day) and then the windows ahead.
 */
import { fetchWindow } from '../api/dashboardApi.js';
import type { DayWindow, Network } from '../api/types.js';
import { firstWindow } from '../../../src/server/firstWindow.js';

export interface DayArrays {
  readonly present: Int32Array;
  readonly flow: Int32Array;
}

const KEPT_WINDOWS = 5;
const PREFERRED_WINDOW_DAYS = 16;
const AHEAD = 2;

/** The short first window from `day` of a run of `runDays` days (fetched as the run loads, see useRunData.ts). */
export function fetchFirstWindow(runId: string, day: number, runDays: number): Promise<DayWindow> {
  const { from, days } = firstWindow(day, runDays);
  return fetchWindow(runId, from, days);
}

export class DayData {
  readonly windowDays: number;
  private readonly loaded = new Map<number, DayWindow>();
  private readonly pending = new Map<number, Promise<DayWindow>>();
  private first: Promise<unknown> | undefined;
  private firstLoaded: DayWindow | undefined;

  /**
   * `first`: the first window when already asked for; otherwise it is fetched on the first load.
   * `ahead`: windows ahead of the day shown are asked for only once it resolves.
   */
  constructor(
    private readonly net: Network,
    private readonly onError: (e: unknown) => void,
    first?: Promise<DayWindow>,
    private readonly ahead: Promise<void> = Promise.resolve(),
  ) {
    this.first = first?.then((w) => (this.firstLoaded = w));
    this.windowDays = Math.max(1, Math.min(net.maxWindowDays, PREFERRED_WINDOW_DAYS));
  }

  at(day: number): DayArrays | undefined {
    let w = this.loaded.get(this.startOf(day));
    const f = this.firstLoaded;
    if (w === undefined && f !== undefined && day >= f.from && day < f.from + f.days) w = f;
    if (w === undefined) return undefined;
    const n = this.net.names.length;
    const links = this.net.linkEnds.length / 2;
    const d = day - w.from;
    return { present: w.present.subarray(d * n, (d + 1) * n), flow: w.flow.subarray(d * links, (d + 1) * links) };
  }

  /** Resolves when `day` is loaded; starts fetching the window after it too. */
  async load(day: number): Promise<void> {
    const start = this.startOf(day);
    this.first ??= fetchFirstWindow(this.net.runId, day, this.net.days).then((w) => (this.firstLoaded = w));
    await this.first;
    if (this.at(day) === undefined) await this.fetch(start);
    // The days ahead only once this one is here and the view is drawn, so they do not slow either down.
    void this.ahead.then(() => {
      for (let k = 0; k <= AHEAD; k++) {
        const next = start + k * this.windowDays;
        if (next < this.net.days) void this.fetch(next).catch(this.onError);
      }
    });
  }

  private startOf(day: number): number {
    return Math.floor(day / this.windowDays) * this.windowDays;
  }

  private fetch(start: number): Promise<DayWindow> {
    const have = this.loaded.get(start);
    if (have !== undefined) return Promise.resolve(have);
    let p = this.pending.get(start);
    if (p === undefined) {
      p = fetchWindow(this.net.runId, start, Math.min(this.windowDays, this.net.days - start)).then((w) => {
        this.loaded.set(start, w);
        this.pending.delete(start);
        this.evict(start);
        return w;
      });
      p.catch(() => this.pending.delete(start));
      this.pending.set(start, p);
    }
    return p;
  }

  /** Keeps the windows nearest the newest one. */
  private evict(newest: number): void {
    if (this.loaded.size <= KEPT_WINDOWS) return;
    const far = [...this.loaded.keys()].sort((a, b) => Math.abs(b - newest) - Math.abs(a - newest));
    for (const start of far.slice(0, this.loaded.size - KEPT_WINDOWS)) this.loaded.delete(start);
  }
}

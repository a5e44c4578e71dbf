/**
 * `npm run bench:dashboard`: the dashboard in headless Chromium (Debian's, software WebGL) on a
 * 1,000-day run of the 20,704-location graph flee-large/netherlands with a synthetic population
 * (bench/dashboardStore.ts; built once into bench-results/dashboard-store, or BENCH_DASHBOARD_STORE).
 *
 * - first render: from navigation start to the page's `dashboard-rendered` mark (map drawn with
 *   the day's data, charts drawn), on a fresh page; the first load after the server starts (cold:
 *   the server reads the run's network) and the median of the next BENCH_RUNS (default 3);
 * - playing: the play button pressed for 10 s; every animation frame's duration (p50, p95, max),
 *   the longest task the browser reports (PerformanceObserver 'longtask', tasks over 50 ms), the
 *   days played and the day-window requests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBigRun } from './dashboardStore.js';
import { median } from '../src/statistics/descriptive.js';
import { startDashboard } from '../src/server/dashboardServer.js';
import { launchChromium } from '../test/e2e/browser.js';

const PLAY_SECONDS = 10;

function line(metric: string, value: number, unit: string): void {
  process.stdout.write(`${metric} ${Number.isInteger(value) ? value : value.toPrecision(4)} ${unit}\n`);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
  return page.evaluate<number>("performance.getEntriesByName('dashboard-rendered')[0]?.startTime ?? NaN");
}

interface PlayFigures {
  frames: number[];
  longTasks: number[];
  daysPlayed: number;
  windowRequests: number[];
}

/** In the page: record every animation frame's duration and every long task. */
const START_PROBE = `(() => {
  window.benchFrames = [];
  window.benchLongTasks = [];
  window.benchRun = true;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.benchLongTasks.push(e.duration); }).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (now) => { window.benchFrames.push(now - last); last = now; if (window.benchRun) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

/** In the page: stop recording; the figures and the day-window requests made since resource entry \`skip\`. */
const STOP_PROBE = `(skip) => {
  window.benchRun = false;
  const windows = performance.getEntriesByType('resource').slice(skip).filter((e) => e.name.includes('/api/window')).map((e) => e.duration);
  return { frames: window.benchFrames.slice(1), longTasks: window.benchLongTasks, windowRequests: windows };
}`;

/** Frame durations and long tasks while playing for `seconds` (measured inside the page). */
async function play(page: Page, seconds: number): Promise<PlayFigures> {
  await page.evaluate(START_PROBE);
  const startDay = Number(await page.getByTestId('map').getAttribute('data-day'));
  const requestsBefore = await page.evaluate<number>("performance.getEntriesByType('resource').length");
  await page.getByTestId('play').click();
  await page.waitForTimeout(seconds * 1000);
  await page.getByTestId('play').click();
  const endDay = Number(await page.getByTestId('map').getAttribute('data-day'));
  const figures = await page.evaluate<Omit<PlayFigures, 'daysPlayed'>>(`(${STOP_PROBE})(${requestsBefore})`);
  return { ...figures, daysPlayed: endDay - startDay };
}

async function main(): Promise<void> {
  const storeDir = resolve(process.env.BENCH_DASHBOARD_STORE ?? join('bench-results', 'dashboard-store'));
  const runId = await ensureBigRun(storeDir, (l) => process.stderr.write(`${l}\n`));
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const server = await startDashboard({ storeDir, port: 0 });
  const browser = await launchChromium();
  try {
    const url = new URL(`/run?id=${runId}&day=0`, server.url).href;
    const renders: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      renders.push(await firstRender(page, url));
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await firstRender(page, url);
    const p = await play(page, PLAY_SECONDS);
    await page.close();

    const frameP95 = percentile(p.frames, 95);
    const results = {
      date: new Date().toISOString(),
      locations: 20704,
      days: 1000,
      first_render_cold_ms: renders[0],
      first_render_ms: median(renders.slice(1)),
      frame_p50_ms: percentile(p.frames, 50),
      frame_p95_ms: frameP95,
      frame_max_ms: Math.max(...p.frames),
      frames: p.frames.length,
      longest_task_ms: Math.max(0, ...p.longTasks),
      long_tasks: p.longTasks.length,
      days_played: p.daysPlayed,
      window_requests: p.windowRequests.length,
      window_request_median_ms: median(p.windowRequests.length > 0 ? p.windowRequests : [0]),
    };
    line('dashboard.first_render_cold', results.first_render_cold_ms, 'ms');
    line('dashboard.first_render', results.first_render_ms, 'ms');
    line('dashboard.play.frame_p50', results.frame_p50_ms, 'ms');
    line('dashboard.play.frame_p95', results.frame_p95_ms, 'ms');
    line('dashboard.play.frame_max', results.frame_max_ms, 'ms');
    line('dashboard.play.frames', results.frames, 'frames');
    line('dashboard.play.longest_task', results.longest_task_ms, 'ms');
    line('dashboard.play.long_tasks', results.long_tasks, 'tasks');
    line('dashboard.play.days_played', results.days_played, 'days');
    line('dashboard.play.window_requests', results.window_requests, 'requests');
    line('dashboard.play.window_request_median', results.window_request_median_ms, 'ms');
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(join('bench-results', 'dashboard.json'), JSON.stringify(results, null, 2) + '\n');
    process.stdout.write('written bench-results/dashboard.json\n');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

/**
 * The dashboard in a real browser (Debian's Chromium, headless, software WebGL) against a server
 * on a free port over a store with western-balkans-2023 under two policies (120 days).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath } from './artifacts.js';
import { launchChromium } from './browser.js';
import { buildDashboard } from './builtDashboard.js';
import { storeTwoPolicies } from './policyStore.js';
import type { PolicyStore } from './policyStore.js';
import { startDashboard } from '../../src/server/dashboardServer.js';
import type { DashboardServer } from '../../src/server/dashboardServer.js';

let store: PolicyStore;
let server: DashboardServer;
let browser: Browser;

beforeAll(async () => {
  const [webDir] = await Promise.all([buildDashboard(), storeTwoPolicies(120).then((s) => (store = s))]);
  server = await startDashboard({ storeDir: store.dir, port: 0, webDir });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(new URL(path, server.url).href);
  return { page, errors };
}

async function rendered(page: Page): Promise<void> {
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 30_000 });
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';

describe('dashboard in Chromium', () => {
  it('prints the command that opens the dashboard after storing runs', () => {
    expect(store.stdout.trimEnd().split('\n').at(-1)).toBe(`open the dashboard: npx corridor serve --store ${store.dir}`);
    expect(Object.keys(store.runs).sort()).toEqual(['deportation', 'internal-return']);
  });

  it('lists the stored runs with their parameters', async () => {
    const { page, errors } = await openPage('/');
    const table = page.getByTestId('runs-table');
    await table.waitFor();
    const body = (await table.textContent()) ?? '';
    expect(body).toContain('western-balkans-2023 [internal-return]');
    expect(body).toContain('western-balkans-2023 [deportation]');
    expect(body).toContain('policy=deportation');
    await page.getByLabel(`pick run ${store.runs['internal-return']}`).check();
    await page.getByLabel(`pick run ${store.runs.deportation}`).check();
    expect(await page.getByTestId('compare-link').getAttribute('href')).toBe(`/compare?a=${store.runs['internal-return']}&b=${store.runs.deportation}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws a run, and the map and numbers follow the slider and the play button', async () => {
    const { page, errors } = await openPage(`/run?id=${store.runs['internal-return']}&day=10`);
    await rendered(page);
    const map = page.getByTestId('map');
    expect(await map.getAttribute('data-day')).toBe('10');
    expect(await text(page, 'day-label')).toContain('day 10 · 2023-01-11');
    // The day's figures follow the map by up to one 250 ms poll of DayNumbers (they read the same day window).
    await expect.poll(() => text(page, 'total-present'), { timeout: 10_000 }).toMatch(/^[\d,]+$/);
    const before = { present: await text(page, 'total-present'), shot: await map.screenshot({ path: artifactPath('run-day-10.png') }) };
    expect(await page.getByTestId('location-chart').locator('canvas').count()).toBeGreaterThan(0);

    await page.getByTestId('day-slider').fill('100');
    await page.waitForSelector('[data-testid="map"][data-day="100"]');
    await expect.poll(() => text(page, 'total-present')).not.toBe(before.present);
    expect(await text(page, 'day-label')).toContain('day 100 · 2023-04-11');
    const after = await map.screenshot({ path: artifactPath('run-day-100.png') });
    expect(Buffer.compare(after, before.shot)).not.toBe(0);
    await expect.poll(() => page.evaluate<string>('location.search')).toContain('day=100');

    await page.getByTestId('play').click();
    await expect.poll(async () => Number(await map.getAttribute('data-day')), { timeout: 15_000 }).toBeGreaterThan(104);
    await page.getByTestId('play').click();
    await page.screenshot({ path: artifactPath('run-page.png'), fullPage: true });
    // The Parameters panel names the scenario folder, never a file-system path.
    const parameters = (await page.locator('.run-parameters').textContent()) ?? '';
    expect(parameters).toContain('(western-balkans-2023)');
    expect(parameters).not.toContain(process.cwd());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows two policies side by side with their difference', async () => {
    const a = store.runs['internal-return'];
    const b = store.runs.deportation;
    const { page, errors } = await openPage(`/compare?a=${a}&b=${b}&day=110`);
    await rendered(page);
    expect(await page.getByTestId('map-A').getAttribute('data-day')).toBe('110');
    expect(await page.getByTestId('map-B').getAttribute('data-day')).toBe('110');
    expect(await text(page, 'side-A')).toContain('[internal-return]');
    expect(await text(page, 'side-B')).toContain('[deportation]');
    const summary = page.getByTestId('summary-difference');
    const removed = summary.locator('tr', { hasText: 'removed (deported)' }).locator('td');
    expect(await removed.nth(0).textContent()).toBe('0');
    const deported = Number(((await removed.nth(1).textContent()) ?? '').replaceAll(',', ''));
    expect(deported).toBeGreaterThan(0);
    expect(await removed.nth(2).textContent()).toBe(`+${deported.toLocaleString('en-US')}`);
    expect(await page.getByTestId('difference-chart').locator('canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('compare-page.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers a malformed URL parameter with an error page that says what is wrong', async () => {
    const id = store.runs['internal-return'];
    const cases: [string, number, RegExp][] = [
      ['/run?id=not-a-run', 400, /id: "not-a-run" is not a run id \(expected 4 to 64 lower-case hexadecimal characters\)/],
      [`/run?id=${id}&day=ten`, 400, /day: "ten" is not a day number/],
      [`/run?id=${id}&day=5000`, 400, /day: day 5000 is out of range \(expected 0 to 119\)/],
      [`/compare?a=${id}`, 400, /missing query parameter "b"/],
      [`/run?id=${id}&colour=red`, 400, /unknown query parameter "colour" \(expected only id, day, location\)/],
      ['/run?id=abcdef0123', 404, /no run abcdef0123 in the results store/],
    ];
    const page = await browser.newPage();
    for (const [path, status, message] of cases) {
      const response = await page.goto(new URL(path, server.url).href);
      expect(response?.status(), path).toBe(status);
      expect(await page.locator('#error-message').textContent(), path).toMatch(message);
      expect(await page.content(), path).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
    }
    await page.screenshot({ path: artifactPath('error-page.png') });
    await page.close();
  });
});

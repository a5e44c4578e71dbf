/**
 * `npm run screenshots`: the README's dashboard pictures, docs/dashboard-run.png (one run on the
 * map with its charts) and docs/dashboard-compare.png (two policies side by side), for the whole
 * of western-balkans-2023 under internal return and deportation, in headless Chromium.
 */
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { startDashboard } from '../src/server/dashboardServer.js';
import { launchChromium } from '../test/e2e/browser.js';
import { storeTwoPolicies } from '../test/e2e/policyStore.js';

const DAY = 300;

async function shoot(browser: Browser, url: string, path: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path, fullPage: false });
  await page.close();
  process.stdout.write(`written ${path}\n`);
}

async function main(): Promise<void> {
  const store = await storeTwoPolicies(365);
  const server = await startDashboard({ storeDir: store.dir, port: 0 });
  const browser = await launchChromium();
  try {
    const a = store.runs['internal-return'];
    const b = store.runs.deportation;
    await shoot(browser, new URL(`/run?id=${a}&day=${DAY}&location=Subotica`, server.url).href, resolve(join('docs', 'dashboard-run.png')));
    await shoot(browser, new URL(`/compare?a=${a}&b=${b}&day=${DAY}`, server.url).href, resolve(join('docs', 'dashboard-compare.png')));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

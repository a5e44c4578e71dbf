/**
 * Debian's Chromium driven by playwright-core: headless, software WebGL, no downloads (the
 * browser is /usr/bin/chromium, installed by `npm test` (scripts/systemPackages.sh); CHROMIUM_PATH overrides it).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium features turned off. The address bar's WebUI popups (enabled by default since Chromium
 * 151) are rendered in a renderer of their own at start and with each new page, even headless: on
 * this 2-core machine that renderer took as much CPU as the dashboard's page while it loaded. A
 * `--disable-features` switch replaces any earlier one, so the features Playwright turns off by
 * default and that matter here (no requests to outside hosts at start, no paint holding) are
 * listed again.
 */
const DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'PaintHolding',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'MediaRouter',
  'LensOverlay',
  'HttpsUpgrades',
  'DestroyProfileOnBrowserClose',
  'AvoidUnnecessaryBeforeUnloadCheckSync',
];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: install Debian's chromium package (npm test does, as root)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * The API answers a page will ask for first, named in the page itself as preloads: the browser
 * fetches them while it still loads and runs the front end's script, instead of after. The paths
 * are built exactly as the front end builds them (web/src/api/dashboardApi.ts), from parameters
 * the server has already checked, so the front end's requests find them.
 */
import { apiPath } from './apiPaths.js';
import { firstWindow } from './firstWindow.js';
import type { RunNetwork } from './runNetwork.js';

/** What the view of one run asks for first: run, network, series and the first days' window. */
export function runPreloads(id: string, day: number, runDays: number): string[] {
  return [apiPath('/api/run', { id }), apiPath('/api/network', { id }), apiPath('/api/series', { id }), apiPath('/api/window', { id, ...firstWindow(day, runDays) })];
}

/**
 * The series of the location a run's view charts first (the one named in the page's address, else
 * the busiest), when the server already has the run's network; the view asks for it with the
 * run's whole id.
 */
export function locationPreloads(runId: string, net: RunNetwork | undefined, asked: string | undefined): string[] {
  if (net === undefined) return [];
  const name = asked ?? net.names[net.busiest];
  return net.indexOf.has(name) ? [apiPath('/api/location', { id: runId, name })] : [];
}

/** The page with a `<link rel="preload">` per path before `</head>` (the page unchanged without one). */
export function withPreloads(page: Uint8Array, paths: readonly string[]): Uint8Array {
  const html = Buffer.from(page).toString('utf8');
  const at = html.indexOf('</head>');
  if (at < 0 || paths.length === 0) return page;
  const links = paths.map((p) => `<link rel="preload" href="${escapeAttribute(p)}" as="fetch" crossorigin="anonymous">`).join('');
  return Buffer.from(html.slice(0, at) + links + html.slice(at), 'utf8');
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

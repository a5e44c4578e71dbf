/**
 * The dashboard's pages (/, /run, /compare): the built single-page app, served after the page's
 * query parameters are checked (a malformed one gets an error page), with the API answers it will
 * ask for first named as preloads and read ahead.
 */
import type { Context, Hono } from 'hono';
import { errorPage } from './errorPage.js';
import { failureResponse } from './failureResponse.js';
import { locationPreloads, runPreloads, withPreloads } from './pagePreloads.js';
import { dayParam, locationParam, readQuery } from './queryParams.js';
import type { QueryValues } from './queryParams.js';
import type { RunLookups } from './runLookups.js';
import type { StoreAccess } from './storeAccess.js';
import type { WebAssets } from './webAssets.js';

const PAGE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  '/': [],
  '/run': ['id', 'day', 'location'],
  '/compare': ['a', 'b', 'day'],
};

export function addPageRoutes(app: Hono, store: StoreAccess, runs: RunLookups, assets: WebAssets): void {
  const index = assets.get('/index.html');
  /** A page after its parameters are checked; `check` names the API answers to preload. */
  const page = async (c: Context, check: (q: QueryValues) => Promise<readonly string[]>) => {
    let preloads: readonly string[];
    try {
      preloads = await check(readQuery(c.req.url, PAGE_PARAMS[c.req.path] ?? []));
    } catch (e) {
      return failureResponse(c, e, 'page');
    }
    if (index === undefined) return c.html(errorPage(500, 'the dashboard is not built'), 500);
    return c.body(withPreloads(index.body, preloads) as Uint8Array<ArrayBuffer>, 200, { 'content-type': index.type, 'cache-control': 'no-cache' });
  };
  app.get('/', (c) => page(c, () => Promise.resolve([])));
  app.get('/run', (c) =>
    page(c, async (q) => {
      const id = await runs.runOf(q, 'id');
      const { days } = await runs.detailsOf(id);
      const day = dayParam(q, 'day', 0, days - 1, 0);
      const location = locationParam(q, 'location');
      runs.readAhead(id);
      return [...runPreloads(q.get('id') ?? id, day, days), ...locationPreloads(id, store.loadedNetwork(id), location)];
    }),
  );
  app.get('/compare', (c) =>
    page(c, async (q) => {
      const a = await runs.runOf(q, 'a');
      const b = await runs.runOf(q, 'b');
      const [da, db] = await Promise.all([runs.detailsOf(a), runs.detailsOf(b)]);
      const day = dayParam(q, 'day', 0, Math.min(da.days, db.days) - 1, 0);
      runs.readAhead(a);
      runs.readAhead(b);
      return [...runPreloads(q.get('a') ?? a, day, da.days), ...runPreloads(q.get('b') ?? b, day, db.days)];
    }),
  );
}

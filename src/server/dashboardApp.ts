/**
 * The dashboard's HTTP routes. Pages (/, /run, /compare) are the built single-page app, served
 * after their query parameters are checked (a malformed one gets an error page); /api/* answer
 * JSON or binary frames (binaryFrame.ts); every other path is looked up in the asset manifest.
 * Only GET and HEAD are answered, and the store is only ever read.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { createAnswerCache } from './answerCache.js';
import type { NetworkMeta, RunDetails, WindowMeta } from './apiTypes.js';
import { BadRequest, RequestGone, isBadRequest } from './badRequest.js';
import { encodeFrame } from './binaryFrame.js';
import { maxWindowDays, readDayWindow } from './dayWindow.js';
import { errorPage } from './errorPage.js';
import { FIRST_WINDOW_DAYS } from './firstWindow.js';
import { readLocationSeries } from './locationSeries.js';
import { locationPreloads, runPreloads, withPreloads } from './pagePreloads.js';
import { dayParam, locationParam, readQuery, runIdParam } from './queryParams.js';
import type { QueryValues } from './queryParams.js';
import { resolveRunId, runDetails } from './runDetails.js';
import { listRuns } from './runList.js';
import type { RunNetwork } from './runNetwork.js';
import { readRunSeries } from './runSeries.js';
import type { StoreAccess } from './storeAccess.js';
import type { WebAssets } from './webAssets.js';
import { isInputError } from '../errors.js';

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function dashboardApp(store: StoreAccess, assets: WebAssets): Hono {
  const app = new Hono();
  const index = assets.get('/index.html');

  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('only GET and HEAD are answered', 405, { allow: 'GET, HEAD' });
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });

  // Runs are never removed from a store, so a whole run id, once found, is answered without a
  // query (which would wait behind the day windows in the readers' queues); a prefix is looked up
  // each time (a run stored later may make it ambiguous).
  const knownRuns = new Set<string>();
  const runOf = async (q: QueryValues, param: string) => {
    const asked = runIdParam(q, param);
    if (knownRuns.has(asked)) return asked;
    const id = await store.use((r) => resolveRunId(r, asked, param));
    if (id === asked) {
      if (knownRuns.size >= KNOWN_RUNS) knownRuns.delete(knownRuns.values().next().value as string);
      knownRuns.add(id);
    }
    return id;
  };
  const cache = createAnswerCache(64, 30_000);
  const firstWindows = createAnswerCache(16, Number.POSITIVE_INFINITY);
  const detailsOf = (id: string) => cache.get(`run/${id}`, () => store.use((r) => runDetails(r, id)));
  const seriesOf = (id: string, days: number) => cache.get(`series/${id}`, () => store.use((r) => readRunSeries(r, id, days)));
  const locationOf = (id: string, name: string, net: RunNetwork, details: RunDetails) =>
    cache.get(`location/${id}/${name}`, () => store.use((r) => readLocationSeries(r, net, details.days, name, details.replicaRunIds)));
  /** The network, and the series of its busiest location read ahead (the run view charts it first). */
  const networkOf = async (id: string) => {
    const [net, details] = await Promise.all([store.network(id), detailsOf(id)]);
    void locationOf(id, net.names[net.busiest], net, details).catch(() => undefined);
    return { net, details };
  };

  /** Starts reading a run's network (and its busiest location) as its page is sent: the page asks for them next. */
  const readAhead = (id: string) => void networkOf(id).catch(() => undefined);
  /** A page after its parameters are checked; `check` names the API answers to preload. */
  const page = async (c: Context, check: (q: QueryValues) => Promise<readonly string[]>) => {
    let preloads: readonly string[];
    try {
      preloads = await check(readQuery(c.req.url, PAGE_PARAMS[c.req.path] ?? []));
    } catch (e) {
      return failure(c, e, 'page');
    }
    if (index === undefined) return c.html(errorPage(500, 'the dashboard is not built'), 500);
    return c.body(withPreloads(index.body, preloads) as Uint8Array<ArrayBuffer>, 200, { 'content-type': index.type, 'cache-control': 'no-cache' });
  };
  app.get('/', (c) => page(c, () => Promise.resolve([])));
  app.get('/run', (c) =>
    page(c, async (q) => {
      const id = await runOf(q, 'id');
      const { days } = await detailsOf(id);
      const day = dayParam(q, 'day', 0, days - 1, 0);
      const location = locationParam(q, 'location');
      readAhead(id);
      return [...runPreloads(q.get('id') ?? id, day, days), ...locationPreloads(id, store.loadedNetwork(id), location)];
    }),
  );
  app.get('/compare', (c) =>
    page(c, async (q) => {
      const a = await runOf(q, 'a');
      const b = await runOf(q, 'b');
      const [da, db] = await Promise.all([detailsOf(a), detailsOf(b)]);
      const day = dayParam(q, 'day', 0, Math.min(da.days, db.days) - 1, 0);
      readAhead(a);
      readAhead(b);
      return [...runPreloads(q.get('a') ?? a, day, da.days), ...runPreloads(q.get('b') ?? b, day, db.days)];
    }),
  );

  const api = (handler: (c: Context, q: QueryValues) => Promise<Response>, allowed: readonly string[]) => async (c: Context) => {
    try {
      return await handler(c, readQuery(c.req.url, allowed));
    } catch (e) {
      return failure(c, e, 'api');
    }
  };
  app.get('/api/runs', api(async (c) => c.json(await store.use(listRuns)), []));
  app.get('/api/run', api(async (c, q) => c.json(await detailsOf(await runOf(q, 'id'))), ['id']));
  app.get(
    '/api/network',
    api(async (c, q) => {
      const id = await runOf(q, 'id');
      const { net, details } = await networkOf(id);
      const meta: NetworkMeta = { runId: id, days: details.days, names: net.names, kinds: net.kinds, maxWindowDays: maxWindowDays(net), maxPresent: net.maxPresent, maxFlow: net.maxFlow, busiest: net.busiest };
      return binary(c, encodeFrame(meta, { latitudes: net.latitudes, longitudes: net.longitudes, linkEnds: net.linkEnds }));
    }, ['id']),
  );
  app.get(
    '/api/window',
    api(async (c, q) => {
      const id = await runOf(q, 'id');
      const [net, details] = await Promise.all([store.network(id), detailsOf(id)]);
      const from = dayParam(q, 'from', 0, details.days - 1);
      const limit = Math.min(maxWindowDays(net), details.days - from);
      const days = dayParam(q, 'days', 1, limit, limit);
      // A stored run's days never change: the short first windows every page opens with are kept
      // (in a bounded cache, without expiry), so a page opened again, or after the server read it
      // ahead (warmNewestRuns.ts), gets its first days at once.
      const read = (cancelled?: AbortSignal) => store.use((r) => readDayWindow(r, net, from, days), cancelled);
      // A longer window is read for this request alone: not at all if its page has closed meanwhile.
      const w = await (days <= FIRST_WINDOW_DAYS ? firstWindows.get(`${id}/${from}/${days}`, () => read()) : read(c.req.raw.signal));
      const meta: WindowMeta = { runId: id, from, days, locations: net.names.length, links: net.linkEnds.length / 2 };
      return binary(c, encodeFrame(meta, { present: w.present, flow: w.flow }));
    }, ['id', 'from', 'days']),
  );
  app.get(
    '/api/location',
    api(async (c, q) => {
      const id = await runOf(q, 'id');
      const name = locationParam(q, 'name');
      if (name === undefined) throw new BadRequest('missing query parameter "name" (expected a location name)');
      const [net, details] = await Promise.all([store.network(id), detailsOf(id)]);
      if (!net.indexOf.has(name)) throw new BadRequest(`location: no location "${name}" in run ${id} (expected a name shown on the map)`, 404);
      return c.json(await locationOf(id, name, net, details));
    }, ['id', 'name']),
  );
  app.get(
    '/api/series',
    api(async (c, q) => {
      const id = await runOf(q, 'id');
      const details = await detailsOf(id);
      return c.json(await seriesOf(id, details.days));
    }, ['id']),
  );
  app.all('/api/*', (c) => c.json({ error: `no such API endpoint: ${c.req.path}` }, 404));

  app.get('*', (c) => {
    const asset = assets.get(c.req.path);
    if (asset === undefined || c.req.path === '/index.html') return c.html(errorPage(404, `no page ${c.req.path} here`), 404);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': asset.type,
      'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
  return app;
}

const KNOWN_RUNS = 1024;

const PAGE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  '/': [],
  '/run': ['id', 'day', 'location'],
  '/compare': ['a', 'b', 'day'],
};

function binary(c: Context, bytes: Uint8Array): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
}

/** A refused request as JSON or an error page; anything unexpected as a 500 without internals. */
function failure(c: Context, e: unknown, kind: 'api' | 'page'): Response {
  if (e instanceof RequestGone) return c.body(null, 204);
  let status: 400 | 404 | 500 = 500;
  let message = 'internal error while reading the store (this is a bug in corridor; the server log has details)';
  if (isBadRequest(e)) {
    status = e.status;
    message = e.message;
  } else if (isInputError(e)) {
    status = 400;
    message = e.message;
  } else {
    process.stderr.write(`dashboard: ${c.req.method} ${c.req.path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  return kind === 'api' ? c.json({ error: message }, status) : c.html(errorPage(status, message), status);
}


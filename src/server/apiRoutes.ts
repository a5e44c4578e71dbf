/** The dashboard's /api/* routes: JSON answers, or binary frames (binaryFrame.ts) for the network and day windows. */
import type { Context, Hono } from 'hono';
import type { NetworkMeta, WindowMeta } from './apiTypes.js';
import { BadRequest } from './badRequest.js';
import { encodeFrame } from './binaryFrame.js';
import { maxWindowDays, readDayWindow } from './dayWindow.js';
import { failureResponse } from './failureResponse.js';
import { FIRST_WINDOW_DAYS } from './firstWindow.js';
import { dayParam, locationParam, readQuery } from './queryParams.js';
import type { QueryValues } from './queryParams.js';
import { listRuns } from './runList.js';
import type { RunLookups } from './runLookups.js';
import type { StoreAccess } from './storeAccess.js';

export function addApiRoutes(app: Hono, store: StoreAccess, runs: RunLookups): void {
  const api = (handler: (c: Context, q: QueryValues) => Promise<Response>, allowed: readonly string[]) => async (c: Context) => {
    try {
      return await handler(c, readQuery(c.req.url, allowed));
    } catch (e) {
      return failureResponse(c, e, 'api');
    }
  };
  app.get('/api/runs', api(async (c) => c.json(await store.use(listRuns)), []));
  app.get('/api/run', api(async (c, q) => c.json(await runs.detailsOf(await runs.runOf(q, 'id'))), ['id']));
  app.get(
    '/api/network',
    api(async (c, q) => {
      const id = await runs.runOf(q, 'id');
      const { net, details } = await runs.networkOf(id);
      const meta: NetworkMeta = { runId: id, days: details.days, names: net.names, kinds: net.kinds, maxWindowDays: maxWindowDays(net), maxPresent: net.maxPresent, maxFlow: net.maxFlow, busiest: net.busiest };
      return binary(c, encodeFrame(meta, { latitudes: net.latitudes, longitudes: net.longitudes, linkEnds: net.linkEnds }));
    }, ['id']),
  );
  app.get(
    '/api/window',
    api(async (c, q) => {
      const id = await runs.runOf(q, 'id');
      const [net, details] = await Promise.all([store.network(id), runs.detailsOf(id)]);
      const from = dayParam(q, 'from', 0, details.days - 1);
      const limit = Math.min(maxWindowDays(net), details.days - from);
      const days = dayParam(q, 'days', 1, limit, limit);
      // A stored run's days never change: the short first windows every page opens with are kept
      // (in a bounded cache, without expiry), so a page opened again, or after the server read it
      // ahead (warmNewestRuns.ts), gets its first days at once.
      const read = (cancelled?: AbortSignal) => store.use((r) => readDayWindow(r, net, from, days), cancelled);
      // A longer window is read for this request alone: not at all if its page has closed meanwhile.
      const w = await (days <= FIRST_WINDOW_DAYS ? runs.firstWindows.get(`${id}/${from}/${days}`, () => read()) : read(c.req.raw.signal));
      const meta: WindowMeta = { runId: id, from, days, locations: net.names.length, links: net.linkEnds.length / 2 };
      return binary(c, encodeFrame(meta, { present: w.present, flow: w.flow }));
    }, ['id', 'from', 'days']),
  );
  app.get(
    '/api/location',
    api(async (c, q) => {
      const id = await runs.runOf(q, 'id');
      const name = locationParam(q, 'name');
      if (name === undefined) throw new BadRequest('missing query parameter "name" (expected a location name)');
      const [net, details] = await Promise.all([store.network(id), runs.detailsOf(id)]);
      if (!net.indexOf.has(name)) throw new BadRequest(`location: no location "${name}" in run ${id} (expected a name shown on the map)`, 404);
      return c.json(await runs.locationOf(id, name, net, details));
    }, ['id', 'name']),
  );
  app.get(
    '/api/series',
    api(async (c, q) => {
      const id = await runs.runOf(q, 'id');
      const details = await runs.detailsOf(id);
      return c.json(await runs.seriesOf(id, details.days));
    }, ['id']),
  );
  app.all('/api/*', (c) => c.json({ error: `no such API endpoint: ${c.req.path}` }, 404));
}

function binary(c: Context, bytes: Uint8Array): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
}

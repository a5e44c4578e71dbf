/**
 * The dashboard's HTTP routes. Pages (/, /run, /compare) are the built single-page app, served
 * after their query parameters are checked (pageRoutes.ts); /api/* answer JSON or binary frames
 * (apiRoutes.ts); every other path is looked up in the asset manifest. Only GET and HEAD are
 * answered, only to loopback `Host` names, and the store is only ever read (through runLookups.ts's caches).
 */
import { Hono } from 'hono';
import { addApiRoutes } from './apiRoutes.js';
import { errorPage } from './errorPage.js';
import { hostGuard } from './hostCheck.js';
import { DEFAULT_HOST } from './listenDefaults.js';
import { addPageRoutes } from './pageRoutes.js';
import { runLookups } from './runLookups.js';
import type { StoreAccess } from './storeAccess.js';
import type { WebAssets } from './webAssets.js';

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Requests whose `Host` fails `acceptsHost` (default: loopback names only, hostCheck.ts) get a 403. */
export function dashboardApp(store: StoreAccess, assets: WebAssets, acceptsHost = hostGuard(DEFAULT_HOST)): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    if (!acceptsHost(c.req.header('host') ?? new URL(c.req.url).host)) return c.text('this dashboard answers only requests addressed to localhost, 127.0.0.1 or [::1]', 403);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('only GET and HEAD are answered', 405, { allow: 'GET, HEAD' });
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  const runs = runLookups(store);
  addPageRoutes(app, store, runs, assets);
  addApiRoutes(app, store, runs);
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

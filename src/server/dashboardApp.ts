/**
 * The dashboard's HTTP routes. Pages (/, /run, /compare) are the built single-page app, served
 * after their query parameters are checked (pageRoutes.ts); /api/* answer JSON or binary frames
 * (apiRoutes.ts); every other path is looked up in the asset manifest. Only GET and HEAD are
 * answered, and the store is only ever read (through runLookups.ts's caches).
 */
import { Hono } from 'hono';
import { addApiRoutes } from './apiRoutes.js';
import { errorPage } from './errorPage.js';
import { addPageRoutes } from './pageRoutes.js';
import { runLookups } from './runLookups.js';
import type { StoreAccess } from './storeAccess.js';
import type { WebAssets } from './webAssets.js';

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function dashboardApp(store: StoreAccess, assets: WebAssets): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
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

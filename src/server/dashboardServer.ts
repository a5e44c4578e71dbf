/** Starting and stopping the dashboard's HTTP server on one host and port. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { dashboardApp } from './dashboardApp.js';
import { hostGuard } from './hostCheck.js';
import { openStoreAccess } from './storeAccess.js';
import { defaultWebDir, loadWebAssets } from './webAssets.js';
import { warmNewestRuns } from './warmNewestRuns.js';
import { DEFAULT_HOST } from './listenDefaults.js';
import { InputError } from '../errors.js';

export interface DashboardOptions {
  readonly storeDir: string;
  /** Default 127.0.0.1 (this machine only). */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The built front end; default: dist/web. */
  readonly webDir?: string;
}

export interface DashboardServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startDashboard(o: DashboardOptions): Promise<DashboardServer> {
  const assets = loadWebAssets(o.webDir ?? defaultWebDir());
  const store = openStoreAccess(o.storeDir);
  const host = o.host ?? DEFAULT_HOST;
  const app = dashboardApp(store, assets, hostGuard(host));
  // The two newest runs (a run and, after `corridor compare`, its neighbour) are ready before the
  // address is printed; the store keeps four networks.
  await warmNewestRuns(store, app, 2);
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const s = serve({ fetch: app.fetch, port: o.port, hostname: host }, () => resolveServer(s));
    s.once('error', (e: NodeJS.ErrnoException) => {
      void store.close();
      if (e.code === 'EADDRINUSE') reject(new InputError(`port ${o.port} on ${host} is already in use`, { field: '--port', expected: 'a free port' }));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') reject(new InputError(`cannot listen on ${host}`, { field: '--host', expected: 'an address of this machine, e.g. 127.0.0.1' }));
      else if (e.code === 'EACCES') reject(new InputError(`not allowed to listen on port ${o.port}`, { field: '--port', expected: 'a port above 1023' }));
      else reject(e);
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => void store.close().then(done));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

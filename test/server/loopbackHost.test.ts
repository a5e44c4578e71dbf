/**
 * The dashboard answers only requests addressed to a loopback name (a DNS-rebinding page sends its
 * own host name), and its run details carry no file-system path.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeWebDir, handBuiltStore } from './dashboardStore.js';
import { startDashboard, type DashboardServer } from '../../src/server/dashboardServer.js';
import { hostGuard } from '../../src/server/hostCheck.js';

let server: DashboardServer;
let runId: string;

beforeAll(async () => {
  const store = await handBuiltStore();
  runId = store.runIds[0];
  server = await startDashboard({ storeDir: store.dir, port: 0, webDir: fakeWebDir() });
});

afterAll(async () => {
  await server?.close();
});

/** GET `path` from the server with the given Host header (fetch does not let a caller set it). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('Host names the dashboard answers', () => {
  it('refuses a forged Host with 403 and a short text', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `localhost.evil.example:${server.port}`, '127.0.0.1.nip.io', '[::2]']) {
      const r = await getWithHost('/api/runs', host);
      expect(r.status, `Host: ${host}`).toBe(403);
      expect(r.body, host).toBe('this dashboard answers only requests addressed to localhost, 127.0.0.1 or [::1]');
    }
  });

  it('answers loopback names with or without the port', async () => {
    for (const host of [`localhost:${server.port}`, `LOCALHOST:${server.port}`, `127.0.0.1:${server.port}`, '127.1.2.3', `[::1]:${server.port}`, 'localhost']) {
      expect((await getWithHost('/api/runs', host)).status, host).toBe(200);
    }
  });

  it('a server bound to another address also answers that address; one bound to every address answers any name', () => {
    expect(hostGuard('192.168.1.5')('192.168.1.5:7300')).toBe(true);
    expect(hostGuard('192.168.1.5')('evil.example')).toBe(false);
    expect(hostGuard('fe80::1')('[fe80::1]:7300')).toBe(true);
    expect(hostGuard('0.0.0.0')('anything.example')).toBe(true);
  });
});

describe('run details without file-system paths', () => {
  it('/api/run names the scenario folder, not its absolute path', async () => {
    const r = await getWithHost(`/api/run?id=${runId}`, `127.0.0.1:${server.port}`);
    expect(r.status).toBe(200);
    const details = JSON.parse(r.body) as Record<string, unknown>;
    expect(details.scenarioFolder).toBe('hand-built');
    expect(r.body).not.toContain('/nowhere');
    expect(Object.keys(details)).not.toContain('scenarioPath');
  });
});

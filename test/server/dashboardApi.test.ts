/** The dashboard server's API over a hand-built store: values, replica bands, refusals, read-only. */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAYS, fakeWebDir, handBuiltStore } from './dashboardStore.js';
import { LOCATIONS } from '../store/handBuiltRecord.js';
import { apiPath } from '../../src/server/apiPaths.js';
import { startDashboard } from '../../src/server/dashboardServer.js';
import type { DashboardServer } from '../../src/server/dashboardServer.js';
import { decodeFrame } from '../../web/src/api/binaryFrame.js';

let server: DashboardServer;
let store: { dir: string; runIds: string[] };
let before: string;

/** Every file under the store with its size and modification time. */
function snapshot(dir: string): string {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => `${f}:${statSync(join(dir, f)).size}:${statSync(join(dir, f)).mtimeMs}`)
    .join('\n');
}

beforeAll(async () => {
  store = await handBuiltStore();
  before = snapshot(store.dir);
  server = await startDashboard({ storeDir: store.dir, port: 0, webDir: fakeWebDir() });
});

afterAll(async () => {
  await server?.close();
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);
const json = async (path: string) => {
  const r = await get(path);
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};
const frame = async (path: string) => decodeFrame<Record<string, unknown>>(await (await get(path)).arrayBuffer());

/** Locations in name order, as the server numbers them. */
const SORTED = [...LOCATIONS].sort();
const original = (j: number) => LOCATIONS.indexOf(SORTED[j]);

describe('dashboard server', () => {
  it('listens on 127.0.0.1 unless told otherwise', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('lists the runs with their parameters', async () => {
    const { status, body } = await json('/api/runs');
    expect(status).toBe(200);
    const runs = body.runs as { runId: string; replica: number; hasNetwork: boolean; hasLedger: boolean; days: number }[];
    expect(runs.map((r) => r.runId).sort()).toEqual([...store.runIds].sort());
    expect(runs.every((r) => r.hasNetwork && r.hasLedger && r.days === DAYS)).toBe(true);
  });

  it('sends the network in name order and day windows that match the stored values', async () => {
    const id = store.runIds[1]; // offset 1000: present(t, l) = 1000 + 4t + l
    const net = await frame(`/api/network?id=${id.slice(0, 8)}`);
    expect(net.meta.names).toEqual(SORTED);
    expect(Array.from(net.arrays.linkEnds)).toEqual([SORTED.indexOf('Town'), SORTED.indexOf('Border'), SORTED.indexOf('Border'), SORTED.indexOf('Camp A'), SORTED.indexOf('Border'), SORTED.indexOf('Camp B')]);
    expect(Array.from(net.arrays.latitudes)).toEqual(SORTED.map((n) => LOCATIONS.indexOf(n) + 1));
    // The scale is the largest value in the run's partition, which holds all three replicas.
    expect(net.meta.maxPresent).toBe(2000 + 4 * (DAYS - 1) + 3);
    expect(net.meta.maxFlow).toBe(6);
    const w = await frame(`/api/window?id=${id}&from=2&days=3`);
    expect(w.meta).toMatchObject({ from: 2, days: 3, locations: 4, links: 3 });
    const present = Array.from(w.arrays.present);
    expect(present).toEqual(Array.from({ length: 12 }, (_, i) => 1000 + 4 * (2 + Math.floor(i / 4)) + original(i % 4)));
    expect(Array.from(w.arrays.flow)).toEqual(Array.from({ length: 9 }, (_, i) => (6 + i) % 7));
  });

  it('charts a location with the band over its replicas and its observations', async () => {
    const { status, body } = await json(`/api/location?id=${store.runIds[1]}&name=Camp%20A`);
    expect(status).toBe(200);
    const camp = LOCATIONS.indexOf('Camp A');
    const days = Array.from({ length: DAYS }, (_, t) => t);
    expect(body.present).toEqual(days.map((t) => 1000 + 4 * t + camp));
    expect(body.band).toEqual({ replicas: 3, low: days.map((t) => 4 * t + camp), high: days.map((t) => 2000 + 4 * t + camp) });
    expect(body.observed).toEqual(days.map((t) => 5 * t + 1));
  });

  it('sends the ledger series per day', async () => {
    const { body } = await json(`/api/series?id=${store.runIds[0]}`);
    const ledger = body.ledger as Record<string, number[]>;
    expect(ledger.arrived).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ledger.attempts).toEqual(Array.from({ length: DAYS }, (_, t) => 10 + 2 * t + 10 + 2 * t + 1));
  });

  it('refuses malformed, unknown and out-of-range parameters with a message naming them', async () => {
    const id = store.runIds[0];
    const cases: [string, number, RegExp][] = [
      ['/api/run', 400, /missing query parameter "id"/],
      ['/api/run?id=XYZ', 400, /id: "XYZ" is not a run id/],
      ['/api/run?id=0000aaaa', 404, /no run 0000aaaa in the results store/],
      [`/api/run?id=${id}&id=${id}`, 400, /"id" is given more than once/],
      [`/api/run?id=${id}&sql=drop`, 400, /unknown query parameter "sql" \(expected only id\)/],
      [`/api/window?id=${id}`, 400, /missing query parameter "from"/],
      [`/api/window?id=${id}&from=-1`, 400, /from: "-1" is not a day number/],
      [`/api/window?id=${id}&from=6`, 400, /from: day 6 is out of range \(expected 0 to 5\)/],
      [`/api/window?id=${id}&from=4&days=3`, 400, /days: day 3 is out of range \(expected 1 to 2\)/],
      [`/api/location?id=${id}&name=Nowhere`, 404, /no location "Nowhere"/],
      [`/api/location?id=${id}&name=${'x'.repeat(201)}`, 400, /longer than 200 characters/],
      ['/api/nothing', 404, /no such API endpoint/],
    ];
    for (const [path, status, message] of cases) {
      const r = await json(path);
      expect(r.status, path).toBe(status);
      expect(r.body.error, path).toMatch(message);
    }
  });

  it("names a page's first API answers as preloads, each of which the API answers", async () => {
    const id = store.runIds[2];
    const preloads = async (path: string) => {
      const html = await (await get(path)).text();
      return [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/g)].map((m) => m[1].replaceAll('&amp;', '&'));
    };
    const run = await preloads(`/run?id=${id.slice(0, 6)}&day=4`);
    const short = id.slice(0, 6); // as the page's URL gives it, which is what the front end asks with
    expect(run.slice(0, 4)).toEqual([`/api/run?id=${short}`, `/api/network?id=${short}`, `/api/series?id=${short}`, `/api/window?id=${short}&from=4&days=2`]);
    for (const path of run) expect((await get(path)).status, path).toBe(200);
    // Once the server has the run's network, the page also names the series of the location it charts
    // first (the busiest, or the one in the address), by the run's whole id as the view asks for it.
    const { meta } = await frame(`/api/network?id=${id}`);
    const busiest = (meta.names as string[])[meta.busiest as number];
    const again = await preloads(`/run?id=${short}&day=4`);
    expect(again).toEqual([...run.slice(0, 4), apiPath('/api/location', { id, name: busiest })]);
    const other = SORTED.find((name) => name !== busiest) as string;
    expect((await preloads(apiPath('/run', { id, location: other }))).at(-1)).toBe(apiPath('/api/location', { id, name: other }));
    expect((await preloads(`/run?id=${id}&location=nowhere`)).some((p) => p.startsWith('/api/location'))).toBe(false);
    for (const path of again) expect((await get(path)).status, path).toBe(200);
    expect(await preloads(`/compare?a=${store.runIds[0]}&b=${id}`)).toContain(`/api/window?id=${id}&from=0&days=4`);
    expect(await preloads('/')).toEqual([]);
  });

  it('serves only the files of its manifest, never a path built from the URL', async () => {
    expect((await get('/assets/app-1234.js')).headers.get('content-type')).toMatch(/javascript/);
    for (const path of ['/assets/app-1234.js.map', '/assets/../package.json', '/assets/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/etc/passwd', '/index.html']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).toContain('Not found');
    }
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await get('/api/runs', { method: 'POST' })).status).toBe(405);
  });

  it('leaves the store exactly as it found it', () => {
    expect(snapshot(store.dir)).toBe(before);
  });
});

describe('dashboard server on a folder with no store', () => {
  it('lists no runs and creates nothing', async () => {
    const missing = join(store.dir, 'not-here');
    const s = await startDashboard({ storeDir: missing, port: 0, webDir: fakeWebDir() });
    try {
      const r = await fetch(new URL('/api/runs', s.url));
      expect(await r.json()).toEqual({ runs: [], truncated: false });
      expect(readdirSync(store.dir)).not.toContain('not-here');
    } finally {
      await s.close();
    }
  });
});

describe('dashboard server on a store written before location_series existed', () => {
  it('charts a location and finds the busiest one from location_days, with the same answers', async () => {
    const older = await handBuiltStore();
    for (const partition of readdirSync(join(older.dir, 'parts'))) rmSync(join(older.dir, 'parts', partition, 'location_series.parquet'));
    const s = await startDashboard({ storeDir: older.dir, port: 0, webDir: fakeWebDir() });
    try {
      const id = older.runIds[1];
      const answer = async (base: string, path: string) => (await fetch(new URL(path, base))).json();
      expect(await answer(s.url, `/api/location?id=${id}&name=Camp%20A`)).toEqual(await answer(server.url, `/api/location?id=${id}&name=Camp%20A`));
      const busiest = async (base: string) => decodeFrame<{ busiest: number }>(await (await fetch(new URL(`/api/network?id=${id}`, base))).arrayBuffer()).meta.busiest;
      expect(await busiest(s.url)).toBe(SORTED.indexOf('Camp B')); // 2000 + 4t + 3 on the last day: replica 2's Camp B
      expect(await busiest(s.url)).toBe(await busiest(server.url));
    } finally {
      await s.close();
    }
  });
});

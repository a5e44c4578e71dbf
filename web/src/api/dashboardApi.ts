/** Requests to the dashboard server. A refused request becomes an ApiError with the server's message. */
import { decodeFrame } from './binaryFrame.js';
import { apiPath } from '../../../src/server/apiPaths.js';
import type { DayWindow, LocationSeries, Network, NetworkMeta, RunDetails, RunList, RunSeries, WindowMeta } from './types.js';

export class ApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

async function get(path: string, params: Readonly<Record<string, string | number>>): Promise<Response> {
  const response = await fetch(apiPath(path, params));
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      message = ((await response.json()) as { error?: string }).error ?? message;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(message, response.status);
  }
  return response;
}

async function json<T>(path: string, params: Readonly<Record<string, string | number>> = {}): Promise<T> {
  return (await (await get(path, params)).json()) as T;
}

export function fetchRuns(): Promise<RunList> {
  return json('/api/runs');
}

export function fetchRun(id: string): Promise<RunDetails> {
  return json('/api/run', { id });
}

export function fetchSeries(id: string): Promise<RunSeries> {
  return json('/api/series', { id });
}

export function fetchLocation(id: string, name: string): Promise<LocationSeries> {
  return json('/api/location', { id, name });
}

export async function fetchNetwork(id: string): Promise<Network> {
  const { meta, arrays } = decodeFrame<NetworkMeta>(await (await get('/api/network', { id })).arrayBuffer());
  return { ...meta, latitudes: arrays.latitudes as Float64Array, longitudes: arrays.longitudes as Float64Array, linkEnds: arrays.linkEnds as Int32Array };
}

export async function fetchWindow(id: string, from: number, days: number): Promise<DayWindow> {
  const { meta, arrays } = decodeFrame<WindowMeta>(await (await get('/api/window', { id, from, days })).arrayBuffer());
  return { from: meta.from, days: meta.days, present: arrays.present as Int32Array, flow: arrays.flow as Int32Array };
}

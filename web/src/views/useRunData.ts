/**
 * Loading what a run's views need: its description, network and whole-run series, and (not waited
 * for here) the first days' window from the day shown, asked for as soon as the run's length is known.
 */
import { useEffect, useState } from 'react';
import { fetchNetwork, fetchRun, fetchSeries } from '../api/dashboardApi.js';
import type { DayWindow, Network, RunDetails, RunSeries } from '../api/types.js';
import { fetchFirstWindow } from '../playback/dayData.js';

export interface RunData {
  readonly details: RunDetails;
  readonly net: Network;
  readonly series: RunSeries;
  readonly firstWindow: Promise<DayWindow>;
}

export type Loading<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

export async function loadRun(id: string, day: number): Promise<RunData> {
  const described = fetchRun(id);
  const firstWindow = described.then((d) => fetchFirstWindow(id, day, d.days));
  firstWindow.catch(() => undefined); // reported by the day data that waits for it
  const [details, net, series] = await Promise.all([described, fetchNetwork(id), fetchSeries(id)]);
  performance.mark('dashboard-run-loaded');
  return { details, net, series, firstWindow };
}

export function useLoaded<T>(load: () => Promise<T>, key: string): Loading<T> {
  const [state, setState] = useState<Loading<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ state: 'loading' });
    load().then(
      (value) => live && setState({ state: 'ready', value }),
      (e: unknown) => live && setState({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

/** Loading what a run's views need: its description, network and whole-run series. */
import { useEffect, useState } from 'react';
import { fetchNetwork, fetchRun, fetchSeries } from '../api/dashboardApi.js';
import type { Network, RunDetails, RunSeries } from '../api/types.js';

export interface RunData {
  readonly details: RunDetails;
  readonly net: Network;
  readonly series: RunSeries;
}

export type Loading<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

export async function loadRun(id: string): Promise<RunData> {
  const [details, net, series] = await Promise.all([fetchRun(id), fetchNetwork(id), fetchSeries(id)]);
  performance.mark('dashboard-run-loaded');
  return { details, net, series };
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

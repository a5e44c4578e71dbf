/**
 * A run's day clock and day data, and the map bound to them: each day shown is drawn as soon as
 * its window is loaded. `drawnDay` tells the map element's data-day attribute which day it shows.
 */
import { useLayoutEffect, useMemo } from 'react';
import type { Network } from '../api/types.js';
import { createNetworkMap } from '../map/networkMap.js';
import type { NetworkMap } from '../map/networkMap.js';
import { DayClock } from '../playback/dayClock.js';
import { DayData } from '../playback/dayData.js';
import type { RunData } from './useRunData.js';
import { afterFirstRender } from './firstRender.js';

export function usePlayback(runs: readonly RunData[], days: number, startDay: number, onError: (e: unknown) => void): { clock: DayClock; data: DayData[] } {
  return useMemo(() => {
    const data = runs.map((r) => new DayData(r.net, onError, r.firstWindow, afterFirstRender()));
    const clock = new DayClock(
      days,
      startDay,
      (d) => data.every((x) => x.at(d) !== undefined),
      (d) => data.forEach((x) => void x.load(d).catch(onError)),
    );
    return { clock, data };
    // the clock is made once per set of runs

  }, [runs.map((r) => r.net.runId).join(',')]);
}

/** Puts a network map in `container` and keeps it on the clock's day. */
export function useNetworkMap(
  container: React.RefObject<HTMLDivElement | null>,
  net: Network,
  data: DayData,
  clock: DayClock,
  onPick: (location: number) => void,
  onReady: (map: NetworkMap) => void,
  onError: (e: unknown) => void,
): void {
  // A layout effect: the map starts before the other parts of the view set themselves up (charts).
  useLayoutEffect(() => {
    const el = container.current;
    if (el === null) return;
    const map = createNetworkMap(el, net, net.runId);
    map.onPick(onPick);
    let live = true;
    const draw = (d: number) => {
      const arrays = data.at(d);
      if (arrays === undefined) return false;
      map.setDay(arrays.present, arrays.flow);
      el.dataset.day = String(d);
      return true;
    };
    const off = clock.onDay((d) => {
      if (!draw(d)) data.load(d).then(() => live && clock.day === d && draw(d), onError);
    });
    data.load(clock.day).then(() => live && draw(clock.day), onError);
    map.ready.then(() => {
      if (!live) return;
      performance.mark('dashboard-map-drawn');
      el.dataset.ready = 'true';
      onReady(map);
    }, onError);
    return () => {
      live = false;
      off();
      map.remove();
    };

  }, [net, data, clock]);
}

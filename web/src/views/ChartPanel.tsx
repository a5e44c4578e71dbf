/** A uPlot chart in a React element, following the day clock. */
import { useEffect, useRef } from 'react';
import { createDayChart } from '../charts/dayChart.js';
import type { ChartSpec } from '../charts/dayChart.js';
import type { DayClock } from '../playback/dayClock.js';

export function ChartPanel({ spec, clock, testId }: { spec: ChartSpec; clock: DayClock; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const chart = createDayChart(el, spec, clock.day, Math.max(280, el.clientWidth - 8));
    const off = clock.onDay((d) => chart.setDay(d));
    const observer = new ResizeObserver(() => chart.resize(Math.max(280, el.clientWidth - 8)));
    observer.observe(el);
    return () => {
      off();
      observer.disconnect();
      chart.destroy();
    };
  }, [spec, clock]);
  return <div className="chart" ref={box} data-testid={testId} />;
}

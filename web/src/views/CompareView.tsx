/**
 * Two runs side by side on the same day (typically one scenario under two policies), with the
 * difference B − A of the day's figures, of the ledger summaries and of a series over time.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RunSeries } from '../api/types.js';
import { LEDGER_SERIES } from '../api/types.js';
import type { LedgerSeriesName } from '../api/types.js';
import { ChartPanel } from './ChartPanel.js';
import type { ChartSpec } from '../charts/dayChart.js';
import { DaySlider } from './DaySlider.js';
import { DayNumbers } from './DayNumbers.js';
import { ErrorBox } from './ErrorBox.js';
import { KindLegend } from './KindLegend.js';
import { SummaryDifference } from './SummaryDifference.js';
import { DayDifference } from './DayDifference.js';
import { loadRun, useLoaded } from './useRunData.js';
import type { RunData } from './useRunData.js';
import { useNetworkMap, usePlayback } from './useRunPlayback.js';
import { markFirstRender } from './firstRender.js';
import type { DayClock } from '../playback/dayClock.js';
import type { DayData } from '../playback/dayData.js';

export function CompareView({ a, b, day }: { a: string; b: string; day: number }) {
  const runs = useLoaded(() => Promise.all([loadRun(a, day), loadRun(b, day)]), `${a}/${b}`);
  if (runs.state === 'loading') return <p className="loading">Loading runs {a} and {b}…</p>;
  if (runs.state === 'error') return <ErrorBox message={runs.message} />;
  return <CompareLoaded runs={runs.value} startDay={day} />;
}

function CompareLoaded({ runs, startDay }: { runs: [RunData, RunData]; startDay: number }) {
  const [error, setError] = useState<string | undefined>();
  const onError = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);
  const days = Math.min(...runs.map((r) => Math.min(r.details.days, r.net.days)));
  const { clock, data } = usePlayback(runs, days, startDay, onError);
  const [drawn, setDrawn] = useState(0);
  const onDrawn = useCallback(() => setDrawn((n) => n + 1), []);
  useEffect(() => {
    if (drawn >= 2) markFirstRender();
  }, [drawn]);
  const ledgerNames = LEDGER_SERIES.filter((n) => runs.every((r) => r.series.ledger[n] !== undefined));
  const [seriesName, setSeriesName] = useState<LedgerSeriesName | 'totalAgents'>(ledgerNames.includes('arrived') ? 'arrived' : 'totalAgents');
  const spec = useMemo(() => differenceSpec(runs, seriesName), [runs, seriesName]);
  return (
    <div className="compare-view">
      <header className="view-header">
        <a href="/">← runs</a>
        <h1>Comparison</h1>
      </header>
      {error !== undefined && <ErrorBox message={error} />}
      <DaySlider clock={clock} startDate={runs[0].details.startDate} />
      <div className="compare-maps">
        {runs.map((r, i) => (
          <CompareSide key={r.details.runId} run={r} label={i === 0 ? 'A' : 'B'} data={data[i]} clock={clock} onDrawn={onDrawn} onError={onError} />
        ))}
      </div>
      <KindLegend kinds={runs[0].net.kinds} />
      <div className="compare-differences">
        <DayDifference runs={runs} data={data} clock={clock} />
        <SummaryDifference a={runs[0].details.ledgerSummary} b={runs[1].details.ledgerSummary} />
      </div>
      <label className="series-pick">
        series over time:{' '}
        <select value={seriesName} onChange={(e) => setSeriesName(e.target.value as LedgerSeriesName | 'totalAgents')}>
          <option value="totalAgents">persons created</option>
          {ledgerNames.map((n) => (
            <option key={n} value={n}>
              {n.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <ChartPanel spec={spec} clock={clock} testId="difference-chart" />
    </div>
  );
}

function CompareSide({ run, label, data, clock, onDrawn, onError }: { run: RunData; label: string; data: DayData; clock: DayClock; onDrawn: () => void; onError: (e: unknown) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useNetworkMap(box, run.net, data, clock, () => undefined, onDrawn, onError);
  return (
    <section className="compare-side" data-testid={`side-${label}`}>
      <h2>
        {label}: {run.details.scenario} <span className="run-id">{run.details.runId.slice(0, 10)}</span>
      </h2>
      <div className="map" ref={box} data-testid={`map-${label}`} />
      <DayNumbers clock={clock} data={data} series={run.series} location={undefined} locationName={undefined} />
    </section>
  );
}

function seriesOf(s: RunSeries, name: LedgerSeriesName | 'totalAgents'): number[] {
  return name === 'totalAgents' ? s.totalAgents : (s.ledger[name] ?? []);
}

function differenceSpec(runs: [RunData, RunData], name: LedgerSeriesName | 'totalAgents'): ChartSpec {
  const [a, b] = runs.map((r) => seriesOf(r.series, name));
  const days = Math.min(a.length, b.length);
  const label = name === 'totalAgents' ? 'persons created' : name.replace('_', ' ');
  return {
    title: `${label}: A, B and the difference B − A`,
    lines: [
      { label: 'A', values: a.slice(0, days), colour: '#1f77b4' },
      { label: 'B', values: b.slice(0, days), colour: '#ff7f0e' },
      { label: 'B − A', values: b.slice(0, days).map((v, i) => v - a[i]), colour: '#444', dash: true },
    ],
  };
}

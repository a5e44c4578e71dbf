/** One run: the map with the day slider, the day's figures, charts and the run's parameters. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchLocation } from '../api/dashboardApi.js';
import type { LocationSeries } from '../api/types.js';
import { ChartPanel } from './ChartPanel.js';
import { DayNumbers } from './DayNumbers.js';
import { DaySlider } from './DaySlider.js';
import { ErrorBox } from './ErrorBox.js';
import { KindLegend } from './KindLegend.js';
import { LocationSearch } from './LocationSearch.js';
import { RunParameters } from './RunParameters.js';
import { locationChartSpec, runChartSpecs } from './runCharts.js';
import { loadRun, useLoaded } from './useRunData.js';
import type { RunData } from './useRunData.js';
import { useNetworkMap, usePlayback } from './useRunPlayback.js';
import { markFirstRender } from './firstRender.js';

/** A run with the series of the location it charts first (undefined if that failed to load: the view asks again and says why). */
interface RunWithLocation {
  readonly run: RunData;
  readonly first: { readonly location: number; readonly series: LocationSeries | undefined } | undefined;
}

/** The location charted first: the one named in the address, else the busiest one. */
function firstLocation(net: RunData['net'], named: string | undefined): number | undefined {
  const l = named === undefined ? net.busiest : net.names.indexOf(named);
  return l >= 0 ? l : undefined;
}

/** The run and its first location's series (the server names it as a preload), so both charts and map start at once. */
async function loadRunWithLocation(id: string, day: number, named: string | undefined): Promise<RunWithLocation> {
  const run = await loadRun(id, day);
  const location = firstLocation(run.net, named);
  if (location === undefined) return { run, first: undefined };
  const series = await fetchLocation(run.details.runId, run.net.names[location]).catch(() => undefined);
  return { run, first: { location, series } };
}

export function RunView({ id, day, location }: { id: string; day: number; location: string | undefined }) {
  const loaded = useLoaded(() => loadRunWithLocation(id, day, location), id);
  if (loaded.state === 'loading') return <p className="loading">Loading run {id}…</p>;
  if (loaded.state === 'error') return <ErrorBox message={loaded.message} />;
  return <RunLoaded run={loaded.value.run} first={loaded.value.first} startDay={day} startLocation={location} />;
}

function RunLoaded({ run, first, startDay, startLocation }: { run: RunData; first: RunWithLocation['first']; startDay: number; startLocation: string | undefined }) {
  const { details, net, series } = run;
  const [error, setError] = useState<string | undefined>();
  const onError = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);
  const runs = useMemo(() => [run], [run]);
  const { clock, data } = usePlayback(runs, Math.min(details.days, net.days), startDay, onError);
  const initial = firstLocation(net, startLocation);
  const [location, setLocation] = useState<number | undefined>(initial);
  const [locationSeries, setLocationSeries] = useState<LocationSeries | undefined>(first?.series);
  const seriesOf = useRef(first?.series === undefined ? undefined : first.location);
  const mapBox = useRef<HTMLDivElement>(null);
  const mapReady = useRef<{ highlight(l: number | undefined): void } | undefined>(undefined);
  const [mapDrawn, setMapDrawn] = useState(false);

  useEffect(() => {
    if (startLocation !== undefined && initial === undefined) setError(`location: no location "${startLocation}" in run ${details.runId}; showing the busiest one`);
  }, [startLocation, initial, details.runId]);

  useNetworkMap(mapBox, net, data[0], clock, setLocation, (m) => {
    mapReady.current = m;
    m.highlight(location);
    setMapDrawn(true);
  }, onError);

  useEffect(() => {
    if (location === undefined) return;
    mapReady.current?.highlight(location);
    if (seriesOf.current === location) return; // loaded with the run
    seriesOf.current = undefined;
    let live = true;
    fetchLocation(details.runId, net.names[location]).then((s) => live && setLocationSeries(s), onError);
    return () => {
      live = false;
    };
  }, [location, details.runId, net, onError]);

  useEffect(() => {
    const keepUrl = () => {
      if (clock.playing) return;
      const q = new URLSearchParams({ id: details.runId, day: String(clock.day) });
      if (location !== undefined) q.set('location', net.names[location]);
      history.replaceState(null, '', `/run?${q.toString()}`);
    };
    const offDay = clock.onDay(keepUrl);
    const offPlay = clock.onPlaying(keepUrl);
    return () => {
      offDay();
      offPlay();
    };
  }, [clock, details.runId, location, net]);

  const locationSpec = useMemo(() => (locationSeries === undefined ? undefined : locationChartSpec(locationSeries)), [locationSeries]);
  const runSpecs = useMemo(() => runChartSpecs(series), [series]);
  const chartsDrawn = locationSpec !== undefined || location === undefined;
  useEffect(() => {
    if (mapDrawn && chartsDrawn) markFirstRender();
  }, [mapDrawn, chartsDrawn]);

  return (
    <div className="run-view">
      <header className="view-header">
        <a href="/">← runs</a>
        <h1>{details.scenario}</h1>
        <span className="run-id">run {details.runId}</span>
      </header>
      {error !== undefined && <ErrorBox message={error} />}
      <DaySlider clock={clock} startDate={details.startDate} />
      <div className="run-layout">
        <div className="map-column">
          <div className="map" ref={mapBox} data-testid="map" />
          <KindLegend kinds={net.kinds} />
        </div>
        <aside className="side-column">
          <DayNumbers clock={clock} data={data[0]} series={series} location={location} locationName={location === undefined ? undefined : net.names[location]} />
          <LocationSearch names={net.names} onPick={setLocation} />
          {locationSpec !== undefined && <ChartPanel spec={locationSpec} clock={clock} testId="location-chart" />}
          {runSpecs.map((spec) => (
            <ChartPanel key={spec.title} spec={spec} clock={clock} />
          ))}
        </aside>
      </div>
      <RunParameters details={details} />
    </div>
  );
}

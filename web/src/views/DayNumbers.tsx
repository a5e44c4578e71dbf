/** The figures of the day shown: people present, starting along links, and the ledger's states. */
import { useEffect, useState } from 'react';
import type { RunSeries } from '../api/types.js';
import type { DayClock } from '../playback/dayClock.js';
import type { DayData } from '../playback/dayData.js';
import { formatCount } from './dates.js';

export interface DayFigures {
  readonly present: number | undefined;
  readonly moving: number | undefined;
  readonly location: number | undefined;
  readonly ledger: readonly [string, number][];
}

const LEDGER_ROWS: readonly [keyof RunSeries['ledger'], string][] = [
  ['arrived', 'arrived (so far)'],
  ['in_transfer', 'in transfer'],
  ['detections', 'detections this day'],
  ['crossed', 'crossed a border this day'],
];

export function dayFigures(data: DayData, series: RunSeries, day: number, location: number | undefined): DayFigures {
  const arrays = data.at(day);
  let present: number | undefined;
  let moving: number | undefined;
  if (arrays !== undefined) {
    present = 0;
    for (let l = 0; l < arrays.present.length; l++) present += arrays.present[l];
    moving = 0;
    for (let k = 0; k < arrays.flow.length; k++) moving += arrays.flow[k];
  }
  const ledger = LEDGER_ROWS.flatMap(([key, label]): [string, number][] => {
    const values = series.ledger[key];
    return values === undefined ? [] : [[label, values[day] ?? 0]];
  });
  return { present, moving, location: arrays !== undefined && location !== undefined ? arrays.present[location] : undefined, ledger };
}

export function DayNumbers({ clock, data, series, location, locationName }: { clock: DayClock; data: DayData; series: RunSeries; location: number | undefined; locationName: string | undefined }) {
  const [figures, setFigures] = useState(() => dayFigures(data, series, clock.day, location));
  useEffect(() => {
    const update = () => setFigures(dayFigures(data, series, clock.day, location));
    update();
    const off = clock.onDay(update);
    const poll = window.setInterval(update, 250); // picks up a window that arrived after the day changed
    return () => {
      off();
      window.clearInterval(poll);
    };
  }, [clock, data, series, location]);
  return (
    <dl className="day-numbers" data-testid="day-numbers">
      <dt>people at locations</dt>
      <dd data-testid="total-present">{formatCount(figures.present)}</dd>
      <dt>set out along a link</dt>
      <dd data-testid="total-moving">{formatCount(figures.moving)}</dd>
      {locationName !== undefined && (
        <>
          <dt>at {locationName}</dt>
          <dd data-testid="location-present">{formatCount(figures.location)}</dd>
        </>
      )}
      {figures.ledger.map(([label, v]) => (
        <FigureRow key={label} label={label} value={v} />
      ))}
    </dl>
  );
}

function FigureRow({ label, value }: { label: string; value: number }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{formatCount(value)}</dd>
    </>
  );
}

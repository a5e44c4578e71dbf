/** The day's figures of two runs and their difference B − A. */
import { useEffect, useState } from 'react';
import type { DayClock } from '../playback/dayClock.js';
import type { DayData } from '../playback/dayData.js';
import { formatCount, formatSigned } from './dates.js';
import { dayFigures } from './DayNumbers.js';
import { DifferenceTable } from './DifferenceTable.js';
import type { RunData } from './useRunData.js';

export function DayDifference({ runs, data, clock }: { runs: readonly RunData[]; data: readonly DayData[]; clock: DayClock }) {
  const compute = () => runs.map((r, i) => dayFigures(data[i], r.series, clock.day, undefined));
  const [figures, setFigures] = useState(compute);
  useEffect(() => {
    const update = () => setFigures(runs.map((r, i) => dayFigures(data[i], r.series, clock.day, undefined)));
    const off = clock.onDay(update);
    const poll = window.setInterval(update, 250);
    return () => {
      off();
      window.clearInterval(poll);
    };
  }, [runs, data, clock]);
  const [fa, fb] = figures;
  const rows: [string, number | undefined, number | undefined][] = [
    ['people at locations', fa.present, fb.present],
    ['set out along a link', fa.moving, fb.moving],
    ...fa.ledger.map(([label, v], i): [string, number | undefined, number | undefined] => [label, v, fb.ledger[i]?.[1]]),
  ];
  const cells = rows.map(([label, a, b]): [string, string, string, string] => [label, formatCount(a), formatCount(b), a === undefined || b === undefined ? 'n/a' : formatSigned(b - a)]);
  return <DifferenceTable caption={`On day ${clock.day}`} rows={cells} testId="day-difference" />;
}

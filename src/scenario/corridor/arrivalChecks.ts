/**
 * What the arrivals of a corridor scenario amount to over its run: rows whose whole period lies
 * outside the run are a warning each, a run where nobody arrives is a warning, and a run that
 * would create more persons than fit in memory is an input error.
 */
import { formatIsoDay } from '../../domain/dates.js';
import { MAX_PERSONS_PER_RUN } from '../../domain/inputRanges.js';
import { InputError } from '../../errors.js';
import type { CorridorSpec } from '../../domain/corridor.js';
import type { Warning } from '../../domain/scenario.js';
import type { CorridorNetwork } from './corridorNetwork.js';

export function arrivalWarnings(
  network: CorridorNetwork,
  arrivals: CorridorSpec['arrivals'],
  scale: number,
  startDay: number,
  days: number,
  scenarioFile: string,
): Warning[] {
  const lastDay = startDay + days - 1;
  const run = `${formatIsoDay(startDay)} to ${formatIsoDay(lastDay)}`;
  const warnings: Warning[] = [];
  for (const r of network.arrivals) {
    if (r.endDay >= startDay && r.startDay <= lastDay) continue;
    warnings.push({
      message: `arrivals from ${formatIsoDay(r.startDay)} to ${formatIsoDay(r.endDay)} lie outside the run (${run}): nobody arrives from this row`,
      source: { file: network.arrivalsFile, line: r.line },
    });
  }
  const persons = expectedPersons(arrivals, scale);
  if (persons > MAX_PERSONS_PER_RUN) {
    throw new InputError(`the arrivals of the run (${run}) times arrivals.scale ${scale} make about ${Math.round(persons).toLocaleString('en')} persons`, {
      file: network.arrivalsFile,
      field: 'count',
      expected: `at most ${MAX_PERSONS_PER_RUN.toLocaleString('en')} persons in a run (lower the counts or arrivals.scale in ${scenarioFile})`,
    });
  }
  if (persons === 0) {
    warnings.push({ message: `nobody arrives during the run (${run}): every arrivals row is outside it, has count 0, or arrivals.scale is 0`, source: { file: network.arrivalsFile, line: 1 } });
  }
  return warnings;
}

/** Persons the arrivals of the run amount to (before rounding). */
function expectedPersons(arrivals: CorridorSpec['arrivals'], scale: number): number {
  let total = 0;
  for (const a of arrivals) for (const v of a.daily) total += v;
  return total * scale;
}

/**
 * A run's whole-network daily series: persons created, and for corridor scenarios the ledger
 * (persons per state, attempts, detections and successful crossings summed over crossings).
 */
import { LEDGER_SERIES } from './apiTypes.js';
import type { LedgerSeriesName, RunSeries } from './apiTypes.js';
import type { StoreReader } from '../store/storeReader.js';

export async function readRunSeries(reader: StoreReader, runId: string, days: number): Promise<RunSeries> {
  const totals = await reader.query(`SELECT "day", total_agents FROM run_days WHERE run_id = $1 ORDER BY "day"`, [runId]);
  const totalAgents = new Array<number>(days).fill(0);
  for (const [d, v] of totals.rows) if (typeof d === 'number' && d < days) totalAgents[d] = Number(v);
  const ledger: Partial<Record<LedgerSeriesName, number[]>> = {};
  const states = await reader.int32Columns(
    `SELECT "day", at_location, on_link, in_transfer, in_detention, arrived, removed FROM state_days WHERE run_id = $1 ORDER BY "day"`,
    [runId],
  );
  if (states.data[0].length > 0) {
    LEDGER_SERIES.slice(0, 6).forEach((name, j) => (ledger[name] = perDay(days, states.data[0], states.data[j + 1])));
    const crossings = await reader.int32Columns(
      `SELECT "day", sum(attempts)::INTEGER, sum(detections)::INTEGER, sum(crossed)::INTEGER FROM crossing_days WHERE run_id = $1 GROUP BY "day" ORDER BY "day"`,
      [runId],
    );
    LEDGER_SERIES.slice(6).forEach((name, j) => (ledger[name] = perDay(days, crossings.data[0], crossings.data[j + 1])));
  }
  return { days, totalAgents, ledger };
}

function perDay(days: number, day: Int32Array, value: Int32Array): number[] {
  const out = new Array<number>(days).fill(0);
  for (let k = 0; k < day.length; k++) if (day[k] >= 0 && day[k] < days) out[day[k]] = value[k];
  return out;
}

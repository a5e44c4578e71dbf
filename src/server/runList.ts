/** The runs in the store, newest first, with the parameters a person compares them by. */
import type { RunList, RunListEntry } from './apiTypes.js';
import type { StoreReader } from '../store/storeReader.js';
import { cellText } from '../store/resultText.js';
import type { Cell } from '../store/storeReader.js';

export const MAX_LISTED_RUNS = 500;

export function parseJsonCell<T>(c: Cell, fallback: T): T {
  if (typeof c !== 'string' || c === '') return fallback;
  try {
    return JSON.parse(c) as T;
  } catch {
    return fallback;
  }
}

export async function listRuns(reader: StoreReader): Promise<RunList> {
  const result = await reader.query(
    `SELECT run_id, scenario, seed::VARCHAR, replica, days, start_date::VARCHAR, params, scenario_edits,
            coalesce(ensemble_id, (SELECT min(m.ensemble_id) FROM ensemble_members m WHERE m.run_id = runs.run_id)),
            strftime(stored_at, '%Y-%m-%d %H:%M:%S'), wall_s, agents_final,
            run_id IN (SELECT DISTINCT run_id FROM locations), ledger_summary IS NOT NULL
     FROM runs ORDER BY stored_at DESC, run_id LIMIT ${MAX_LISTED_RUNS + 1}`,
  );
  const runs = result.rows.slice(0, MAX_LISTED_RUNS).map((r): RunListEntry => ({
    runId: cellText(r[0]),
    scenario: cellText(r[1]),
    seed: cellText(r[2]),
    replica: Number(r[3]),
    days: Number(r[4]),
    startDate: cellText(r[5]),
    params: parseJsonCell(r[6], {}),
    scenarioEdits: parseJsonCell(r[7], []),
    ensembleId: r[8] === null ? null : cellText(r[8]),
    storedAt: cellText(r[9]),
    wallSeconds: Number(r[10]),
    agentsFinal: Number(r[11]),
    hasNetwork: r[12] === true,
    hasLedger: r[13] === true,
  }));
  return { runs, truncated: result.rows.length > MAX_LISTED_RUNS };
}

/**
 * One run's description for the dashboard: provenance, settings, the ledger summary and the runs
 * that repeat it with other seeds (its replicas, for uncertainty bands).
 */
import type { LedgerFigures, RunDetails } from './apiTypes.js';
import { BadRequest } from './badRequest.js';
import { parseJsonCell } from './runList.js';
import { cellText } from '../store/resultText.js';
import type { StoreReader } from '../store/storeReader.js';
import { scenarioFolderName } from './scenarioFolderName.js';

export const MAX_REPLICAS = 100;

/** The full id of a run given by its id or a unique prefix. */
export async function resolveRunId(reader: StoreReader, idOrPrefix: string, param: string): Promise<string> {
  const found = await reader.query('SELECT DISTINCT run_id FROM runs WHERE starts_with(run_id, $1) ORDER BY run_id LIMIT 2', [idOrPrefix]);
  if (found.rows.length === 0) throw new BadRequest(`${param}: no run ${idOrPrefix} in the results store (expected an id from the list of runs)`, 404);
  if (found.rows.length > 1) throw new BadRequest(`${param}: run id prefix ${idOrPrefix} matches more than one run (expected more characters of the id)`);
  return cellText(found.rows[0][0]);
}

export async function runDetails(reader: StoreReader, runId: string): Promise<RunDetails> {
  const r = (
    await reader.query(
      `SELECT run_id, scenario, scenario_path, seed::VARCHAR, replica, days, start_date::VARCHAR, settings, params, scenario_edits,
              code_version, strftime(stored_at, '%Y-%m-%d %H:%M:%S'), wall_s, ledger_summary,
              EXISTS (SELECT 1 FROM locations WHERE run_id = $1)
       FROM runs WHERE run_id = $1`,
      [runId],
    )
  ).rows[0];
  const replicas = await reader.query(
    `SELECT o.run_id FROM runs o, runs r
     WHERE r.run_id = $1 AND o.scenario_hash = r.scenario_hash AND o.settings_hash = r.settings_hash AND o.days = r.days
       AND coalesce(o.scenario_edits, '') = coalesce(r.scenario_edits, '') AND coalesce(o.params, '') = coalesce(r.params, '')
     ORDER BY o.replica, o.run_id LIMIT ${MAX_REPLICAS}`,
    [runId],
  );
  return {
    runId: cellText(r[0]),
    scenario: cellText(r[1]),
    scenarioFolder: scenarioFolderName(cellText(r[2])),
    seed: cellText(r[3]),
    replica: Number(r[4]),
    days: Number(r[5]),
    startDate: cellText(r[6]),
    settings: parseJsonCell(r[7], null),
    params: parseJsonCell(r[8], {}),
    scenarioEdits: parseJsonCell(r[9], []),
    codeVersion: cellText(r[10]),
    storedAt: cellText(r[11]),
    wallSeconds: Number(r[12]),
    ledgerSummary: parseJsonCell<LedgerFigures | null>(r[13], null),
    replicaRunIds: replicas.rows.map((row) => cellText(row[0])),
    hasNetwork: r[14] === true,
  };
}

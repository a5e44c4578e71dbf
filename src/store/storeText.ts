/** The store as text (what `corridor runs list | show` and `corridor query` print): run lists, one run, query results. */
import { findRunId } from './findRun.js';
import { cellText, formatResult } from './resultText.js';
import type { ResultFormat } from './resultText.js';
import { RUN_TABLE_NAMES, quoteIdent } from './schema.js';
import { openStoreReader } from './storeReader.js';
import type { StoreReader } from './storeReader.js';

export interface ListOptions {
  readonly scenario: string | undefined;
  readonly ensemble: string | undefined;
  readonly limit: number;
  readonly format: ResultFormat;
}

async function withReader<T>(dir: string, work: (r: StoreReader) => Promise<T>): Promise<T> {
  const reader = await openStoreReader(dir);
  try {
    return await work(reader);
  } finally {
    reader.close();
  }
}

export function listRuns(dir: string, o: ListOptions): Promise<string> {
  return withReader(dir, async (r) => {
    const where: string[] = [];
    const values: string[] = [];
    if (o.scenario !== undefined) {
      values.push(o.scenario);
      where.push(`scenario = $${values.length}`);
    }
    if (o.ensemble !== undefined) {
      values.push(o.ensemble);
      where.push(`run_id IN (SELECT run_id FROM ensemble_members WHERE starts_with(ensemble_id, $${values.length}))`);
    }
    const result = await r.query(
      `SELECT run_id, scenario, params, seed, replica, days, round(ard, 4) AS ard, round(wall_s, 3) AS wall_s, ensemble_id, strftime(stored_at, '%Y-%m-%d %H:%M:%S') AS stored_at
       FROM runs ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY stored_at DESC, run_id ${o.limit > 0 ? `LIMIT ${o.limit}` : ''}`,
      values,
    );
    if (result.rows.length === 0 && o.format === 'table') return `no runs stored in ${dir}${where.length > 0 ? ' that match' : ''}\n`;
    return formatResult(result, o.format);
  });
}

export function showRun(dir: string, idOrPrefix: string): Promise<string> {
  return withReader(dir, async (r) => {
    const id = await findRunId(r, idOrPrefix);
    const run = await r.query('SELECT * FROM runs WHERE run_id = $1', [id]);
    const lines = run.columns.map((c, i) => {
      const v = run.rows[0][i];
      return `${c.padEnd(18)} ${v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)}`;
    });
    const counts = await r.query(RUN_TABLE_NAMES.filter((t) => t !== 'runs').map((t) => `SELECT '${t}' AS "table", count(*) AS "rows" FROM ${quoteIdent(t)} WHERE run_id = $1`).join(' UNION ALL '), [id]);
    lines.push('', 'rows per table:');
    for (const [t, n] of counts.rows) lines.push(`  ${cellText(t).padEnd(16)} ${cellText(n)}`);
    const last = await r.query(
      `SELECT camp, sim, data FROM camp_days WHERE run_id = $1 AND "day" = (SELECT max("day") FROM camp_days WHERE run_id = $1) ORDER BY camp`,
      [id],
    );
    if (last.rows.length > 0) {
      lines.push('', 'camps on the last day (sim, data):');
      for (const [camp, sim, data] of last.rows) lines.push(`  ${cellText(camp).padEnd(24)} ${cellText(sim).padStart(8)} ${cellText(data).padStart(8)}`);
    }
    return lines.join('\n') + '\n';
  });
}

export function queryStore(dir: string, sql: string, format: ResultFormat): Promise<string> {
  return withReader(dir, async (r) => formatResult(await r.query(sql), format));
}

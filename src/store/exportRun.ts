/**
 * `corridor runs export <id> --format parquet|csv`: one run's rows of every table that has any,
 * one file per table (`runs.csv`, `camp_days.csv`, …), in a folder written under a temporary name
 * and renamed when complete.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { findRunId } from './findRun.js';
import { duckdbMessage, openMemoryDb } from './duckdb.js';
import { quoteLiteral, TABLE_NAMES } from './schema.js';
import { openStoreReader } from './storeReader.js';
import { storeLayout, tableHasFiles, tableScan } from './storeLayout.js';
import { InputError } from '../errors.js';
import { ensureDirSync } from '../runFiles/atomicWrite.js';

export type ExportFormat = 'parquet' | 'csv';

export interface ExportResult {
  readonly runId: string;
  readonly folder: string;
  readonly files: readonly string[];
}

export async function exportRun(dir: string, idOrPrefix: string, format: ExportFormat, out: string | undefined): Promise<ExportResult> {
  const reader = await openStoreReader(dir);
  let runId: string;
  try {
    runId = await findRunId(reader, idOrPrefix);
  } finally {
    reader.close();
  }
  const folder = resolve(out ?? `run-${runId}`);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new InputError('the export folder exists and is not empty', { file: folder, expected: 'a new or empty folder for --out' });
  }
  ensureDirSync(dirname(folder));
  const tmp = join(dirname(folder), `.${basename(folder)}.${randomBytes(4).toString('hex')}.tmp`);
  ensureDirSync(tmp);
  const layout = storeLayout(dir);
  const db = await openMemoryDb(2);
  const files: string[] = [];
  try {
    const options = format === 'parquet' ? '(FORMAT parquet, COMPRESSION zstd)' : '(FORMAT csv, HEADER true)';
    for (const t of TABLE_NAMES) {
      if (!tableHasFiles(layout, t)) continue;
      const rows =
        t === 'input_files' // keyed by content, not by run
          ? `SELECT DISTINCT * FROM ${tableScan(layout, t)} WHERE hash IN (SELECT hash FROM ${tableScan(layout, 'run_inputs')} WHERE run_id = ${quoteLiteral(runId)})`
          : `SELECT * FROM ${tableScan(layout, t)} WHERE run_id = ${quoteLiteral(runId)}`;
      const count = Number((await db.connection.runAndReadAll(`SELECT count(*) FROM (${rows})`)).getRowsJS()[0][0]);
      if (count === 0) continue;
      await db.connection.run(`COPY (${rows}) TO ${quoteLiteral(join(tmp, `${t}.${format}`))} ${options}`);
      files.push(`${t}.${format}`);
    }
    if (existsSync(folder)) rmSync(folder, { recursive: true });
    renameSync(tmp, folder);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' || /^IO Error/i.test(duckdbMessage(e))) throw new InputError(`cannot write the export: ${duckdbMessage(e)}`, { file: folder });
    throw e;
  } finally {
    db.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return { runId, folder, files };
}

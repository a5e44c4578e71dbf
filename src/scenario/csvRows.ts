/**
 * CSV reading that keeps the 1-based line number of every row (papaparse underneath).
 * Line endings CRLF, LF and CR are all accepted; a UTF-8 byte-order mark is dropped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { InputError } from '../errors.js';

export interface CsvRow {
  /** 1-based line on which the row starts. */
  readonly line: number;
  /** Fields as written (not trimmed). A blank line gives `[]`. */
  readonly fields: readonly string[];
}

/** Parses CSV text; `file` only labels errors. */
export function parseCsv(text: string, file: string): CsvRow[] {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  let firstError: InputError | undefined;
  Papa.parse<string[]>(normalised, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const data = result.data;
      const blank = data.length === 0 || (data.length === 1 && data[0].trim() === '');
      if (!(blank && start >= normalised.length)) rows.push({ line, fields: blank ? [] : data });
      if (firstError === undefined && result.errors.length > 0) {
        firstError = new InputError(`malformed CSV: ${result.errors[0].message}`, {
          file,
          line,
          expected: 'standard CSV with double-quote quoting',
        });
      }
      for (let i = start; i < end && i < normalised.length; i++) if (normalised.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  if (firstError !== undefined) throw firstError;
  return rows;
}

/** True for the rows §2.2 skips: blank rows and rows whose first field begins with `#`. */
export function isCommentOrBlank(row: CsvRow): boolean {
  return row.fields.length === 0 || row.fields[0].startsWith('#');
}

/**
 * Reads `<dir>/<relPath>` as text. A missing file is an InputError naming the path expected.
 */
export function readScenarioText(dir: string, relPath: string): string {
  const full = join(dir, relPath);
  if (!existsSync(full) || !statSync(full).isFile()) {
    throw new InputError('file not found', { file: relPath, expected: `a file at ${full}` });
  }
  return readFileSync(full, 'utf8');
}

/** Reads and parses a CSV file of the scenario folder. */
export function readCsvFile(dir: string, relPath: string): CsvRow[] {
  return parseCsv(readScenarioText(dir, relPath), relPath);
}

/** `fields[i]`, or '' when the row is shorter. */
export function field(row: CsvRow, i: number): string {
  return i < row.fields.length ? row.fields[i] : '';
}

/** Like readCsvFile, but a problem (missing file, malformed CSV) is recorded and gives undefined. */
export function tryReadCsvFile(
  dir: string,
  relPath: string,
  problems: { addError(e: InputError): void },
): CsvRow[] | undefined {
  try {
    return readCsvFile(dir, relPath);
  } catch (e) {
    if (e instanceof InputError) {
      problems.addError(e);
      return undefined;
    }
    throw e;
  }
}

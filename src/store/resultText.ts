/** Query results as text: an aligned table for people, CSV or JSON for programs. */
import type { Cell, QueryResult } from './storeReader.js';

export type ResultFormat = 'table' | 'csv' | 'json';

export const RESULT_FORMATS: readonly ResultFormat[] = ['table', 'csv', 'json'];

/** A cell as plain text (null as empty, lists and structs as JSON). */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'object') return JSON.stringify(c);
  return String(c);
}

export function formatResult(r: QueryResult, format: ResultFormat): string {
  if (format === 'json') {
    return JSON.stringify(r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]]))), null, 2) + '\n';
  }
  if (format === 'csv') {
    const field = (t: string) => (/[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t);
    return [r.columns, ...r.rows.map((row) => row.map(cellText))].map((line) => line.map(field).join(',')).join('\n') + '\n';
  }
  const text = r.rows.map((row) => row.map(cellText));
  const widths = r.columns.map((c, i) => Math.min(60, Math.max(c.length, ...text.map((row) => row[i].length))));
  const clip = (t: string, w: number) => (t.length > w ? `${t.slice(0, w - 1)}…` : t.padEnd(w));
  const line = (cells: readonly string[]) => cells.map((t, i) => clip(t, widths[i])).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(r.columns), rule, ...text.map(line), `(${r.rows.length} row${r.rows.length === 1 ? '' : 's'})`].join('\n') + '\n';
}

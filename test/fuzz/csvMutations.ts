/**
 * Mutations of one CSV file's text, as a hostile or careless user might make them: a cell replaced
 * by a hostile value, a row deleted or duplicated, two columns swapped, the file cut short. Each
 * returns the new text and, where the mutation has them, the 1-based line and the column name an
 * error message about it should quote.
 */
import Papa from 'papaparse';

/** Values a cell may be replaced with: empty, signs, extremes, non-numbers, dates out of range, binary, huge. */
export const HOSTILE_CELLS: readonly string[] = [
  '',
  '-1',
  '0',
  '1e308',
  '-1e308',
  'NaN',
  'Infinity',
  'abc',
  '123456789012345678901234567890',
  '2999-12-31',
  '0001-01-01',
  '2023-02-30',
  '\u0000\u0001\u0007\u001b[2J\u007f\u0085\u009bend',
  'x'.repeat(100_000),
];

export type CsvFamily = 'csv-cell' | 'csv-delete-row' | 'csv-duplicate-row' | 'csv-swap-columns' | 'csv-truncate';

export interface CsvChoice {
  readonly family: CsvFamily;
  readonly row: number;
  readonly column: number;
  readonly column2: number;
  readonly value: number;
}

export interface CsvMutation {
  readonly text: string;
  readonly description: string;
  readonly line?: number;
  readonly field?: string;
  /** 1-based column of the changed cell (a message may name the field by its position instead). */
  readonly column?: number;
}

/** A line's cells: a plain split when it has no quotes (keeps Flee's `0, 1` spacing), else a CSV parse. */
function cellsOf(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  return (Papa.parse<string[]>(line).data[0] ?? ['']).slice();
}

function joinCells(cells: readonly string[]): string {
  return cells.some((c) => c.includes('"') || c.includes(',')) ? Papa.unparse([cells.slice()], { newline: '\n' }) : cells.join(',');
}

function fieldName(header: string | undefined, column: number): string | undefined {
  if (header === undefined) return undefined;
  const name = cellsOf(header)[column]?.replace(/^#/, '').trim();
  return name === '' ? undefined : name;
}

export function mutateCsv(text: string, hasHeader: boolean, choice: CsvChoice): CsvMutation {
  const lines = text.split('\n');
  const first = hasHeader ? 1 : 0;
  const dataLines = lines.map((l, i) => i).filter((i) => i >= first && lines[i]?.trim() !== '');
  const header = hasHeader ? lines[0] : undefined;
  if (choice.family === 'csv-truncate' || dataLines.length === 0) {
    const at = text.length === 0 ? 0 : choice.row % text.length;
    return { text: text.slice(0, at), description: `truncated after ${at} characters` };
  }
  const index = dataLines[choice.row % dataLines.length];
  const line = lines[index];
  if (choice.family === 'csv-delete-row') {
    lines.splice(index, 1);
    return { text: lines.join('\n'), description: `deleted line ${index + 1}` };
  }
  if (choice.family === 'csv-duplicate-row') {
    lines.splice(index, 0, line);
    return { text: lines.join('\n'), description: `duplicated line ${index + 1}` };
  }
  const width = cellsOf(header ?? line).length;
  if (choice.family === 'csv-swap-columns') {
    const a = choice.column % width;
    const b = choice.column2 % width === a ? (a + 1) % width : choice.column2 % width;
    const swapped = lines.map((l) => {
      if (l.trim() === '') return l;
      const cells = cellsOf(l);
      [cells[a], cells[b]] = [cells[b] ?? '', cells[a] ?? ''];
      return joinCells(cells);
    });
    return { text: swapped.join('\n'), description: `swapped columns ${a + 1} and ${b + 1}` };
  }
  const cells = cellsOf(line);
  const column = choice.column % cells.length;
  const value = HOSTILE_CELLS[choice.value % HOSTILE_CELLS.length];
  cells[column] = value;
  lines[index] = joinCells(cells);
  const field = fieldName(header, column);
  return { text: lines.join('\n'), description: `line ${index + 1} column ${column + 1}${field === undefined ? '' : ` (${field})`} set to ${JSON.stringify(value.slice(0, 40))}`, line: index + 1, field, column: column + 1 };
}

import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/scenario/csvRows.js';

describe('parseCsv', () => {
  it('keeps 1-based line numbers across blank lines, CRLF and quoted newlines', () => {
    const rows = parseCsv('a,b\r\n\r\n"x\ny",1\r\nlast,2', 'f.csv');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: [] },
      { line: 3, fields: ['x\ny', '1'] },
      { line: 5, fields: ['last', '2'] },
    ]);
  });

  it('treats a quote inside an unquoted field literally, like Python', () => {
    expect(parseCsv('#"name","region"\n', 'f.csv')[0].fields).toEqual(['#"name"', 'region']);
  });

  it('handles mixed and old-Mac line endings', () => {
    expect(parseCsv('a\nb\r\nc\rd', 'f.csv').map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
  });
});

/**
 * INTEGER columns of a DuckDB result copied into Int32Arrays a chunk at a time: each chunk's
 * column is one block of memory (DuckDB hands back flat vectors), copied whole instead of value by
 * value (a 16-day window of the 20,704-location dashboard run: 8 ms instead of 100–120 ms).
 */
import duckdb from '@duckdb/node-bindings';
import type { DuckDBDataChunk } from '@duckdb/node-api';

/**
 * Copies column `column` of `chunk` (INTEGER) into `out` from `offset`; returns the row (0-based,
 * within the chunk) of the first NULL, or -1 when there is none.
 */
export function copyInt32Column(chunk: DuckDBDataChunk, column: number, out: Int32Array, offset: number): number {
  const rows = chunk.rowCount;
  if (rows === 0) return -1;
  const vector = duckdb.data_chunk_get_vector(chunk.chunk, column);
  const validity = duckdb.vector_get_validity(vector, Math.ceil(rows / 64) * 8) as Uint8Array | null;
  if (validity !== null) {
    for (let i = 0; i < rows; i++) if (((validity[i >>> 3] >>> (i & 7)) & 1) === 0) return i;
  }
  const bytes = duckdb.vector_get_data(vector, rows * 4);
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  out.set(new Int32Array(aligned.buffer, aligned.byteOffset, rows), offset);
  return -1;
}

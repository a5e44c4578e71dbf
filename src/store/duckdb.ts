/** An in-memory DuckDB for the store: offline (built-in extensions only), on few threads. */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';

export interface MemoryDb {
  readonly connection: DuckDBConnection;
  close(): void;
}

export async function openMemoryDb(threads: number): Promise<MemoryDb> {
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    threads: String(threads),
  });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** DuckDB's message without its internal prefix lines. */
export function duckdbMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).trim();
}

/** A run named on the command line by its id or a unique prefix of it (as git does with commits). */
import { cellText } from './resultText.js';
import type { StoreReader } from './storeReader.js';
import { InputError } from '../errors.js';

export async function findRunId(reader: StoreReader, idOrPrefix: string): Promise<string> {
  if (!/^[0-9a-f]{1,64}$/.test(idOrPrefix)) {
    throw new InputError(`"${idOrPrefix}" is not a run id`, { field: 'run id', expected: 'the hexadecimal id (or its first characters) shown by corridor runs list' });
  }
  const found = await reader.query('SELECT DISTINCT run_id FROM runs WHERE starts_with(run_id, $1) ORDER BY run_id LIMIT 3', [idOrPrefix]);
  if (found.rows.length === 0) throw new InputError(`no run ${idOrPrefix} in the store ${reader.dir}`, { expected: 'an id shown by corridor runs list' });
  if (found.rows.length > 1) {
    throw new InputError(`run id prefix ${idOrPrefix} is ambiguous: ${found.rows.map((r) => cellText(r[0])).join(', ')}${found.rows.length > 2 ? ', …' : ''}`, { expected: 'more characters of the id' });
  }
  return cellText(found.rows[0][0]);
}

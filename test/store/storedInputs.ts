/** Hand-built runs of an ensemble, with input files, for the store format tests. */
import { handBuiltRun } from './handBuiltRecord.js';
import type { StoredRun } from '../../src/store/storedRun.js';

export const INPUTS = [
  { path: 'scenario.yml', content: Buffer.from('corridor: 1\n') },
  { path: '../shared/links.csv', content: Buffer.from('from,to,km\n') },
];

export function ensembleRun(replica: number, ensembleId: string | null): StoredRun {
  return { ...handBuiltRun(replica, 3, { withExtras: false }), ensembleId, inputs: INPUTS };
}

/**
 * Child process for the kill -9 test: opens the store (migrating it when it is of format 1) and
 * stores two runs of ensemble "e1". CORRIDOR_TEST_KILL_STORE_AT, set by the test, kills it on the
 * way (argv: store folder).
 */
import { ensembleRun } from './storedInputs.js';
import { openStoreWriter } from '../../src/store/storeWriter.js';

const w = await openStoreWriter(process.argv[2]);
await w.commit([ensembleRun(7, 'e1'), ensembleRun(8, 'e1')]);
w.close();

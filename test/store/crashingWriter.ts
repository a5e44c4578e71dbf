/**
 * Child process for the crash test: stores two hand-built runs and kills itself with SIGKILL once
 * the partition is written but before it is committed (argv: store folder).
 */
import { handBuiltRun } from './handBuiltRecord.js';
import { openStoreWriter } from '../../src/store/storeWriter.js';

const w = await openStoreWriter(process.argv[2]);
await w.commit([handBuiltRun(7), handBuiltRun(8)], {
  beforePublish: () => {
    process.kill(process.pid, 'SIGKILL');
  },
});

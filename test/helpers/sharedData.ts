/** The one way tests reach ../shared (see bench/sharedDir.ts, shared with the benchmarks). */
export { sharedDir, sharedScenario } from '../../bench/sharedDir.js';

/** The API's answers as the front end uses them: the server's contract, plus decoded binary frames. */
export type { LedgerFigures as LedgerSummary, LedgerSeriesName, LocationSeries, NetworkMeta, RunDetails, RunList, RunListEntry, RunSeries, WindowMeta } from '../../../src/server/apiTypes.js';
export { LEDGER_SERIES } from '../../../src/server/apiTypes.js';

import type { NetworkMeta } from '../../../src/server/apiTypes.js';

/** A run's network: locations in name order, links by their ends. */
export interface Network extends NetworkMeta {
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  readonly linkEnds: Int32Array;
}

export interface DayWindow {
  readonly from: number;
  readonly days: number;
  readonly present: Int32Array;
  readonly flow: Int32Array;
}

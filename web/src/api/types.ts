/** What the dashboard's API answers (src/server/*: runList, runDetails, locationSeries, runSeries). */
export interface RunListEntry {
  readonly runId: string;
  readonly scenario: string;
  readonly seed: string;
  readonly replica: number;
  readonly days: number;
  readonly startDate: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly scenarioEdits: readonly string[];
  readonly ensembleId: string | null;
  readonly storedAt: string;
  readonly wallSeconds: number;
  readonly agentsFinal: number;
  readonly hasNetwork: boolean;
  readonly hasLedger: boolean;
}

export interface RunDetails {
  readonly runId: string;
  readonly scenario: string;
  readonly scenarioPath: string;
  readonly seed: string;
  readonly replica: number;
  readonly days: number;
  readonly startDate: string;
  readonly settings: unknown;
  readonly params: Readonly<Record<string, unknown>>;
  readonly scenarioEdits: readonly string[];
  readonly codeVersion: string;
  readonly storedAt: string;
  readonly wallSeconds: number;
  readonly ledgerSummary: LedgerSummary | null;
  readonly replicaRunIds: readonly string[];
  readonly hasNetwork: boolean;
}

/** The ledger summary's figures the dashboard shows (summary.json of a corridor run). */
export interface LedgerSummary {
  readonly persons_created?: number;
  readonly arrived?: number;
  readonly removed?: number;
  readonly in_transfer?: number;
  readonly in_detention?: number;
  readonly peak_reception_occupancy?: number;
  readonly overall?: {
    readonly detections?: number;
    readonly attempts?: number;
    readonly persons_detected?: number;
    readonly detections_per_detected_person?: number | null;
    readonly still_trying?: number;
    readonly gave_up?: number;
  };
  readonly days_in_transit?: { readonly mean?: number | null };
}

export interface LocationSeries {
  readonly location: string;
  readonly kind: string;
  readonly present: number[];
  readonly band?: { readonly replicas: number; readonly low: number[]; readonly high: number[] };
  readonly observed?: (number | null)[];
}

export const LEDGER_SERIES = ['at_location', 'on_link', 'in_transfer', 'in_detention', 'arrived', 'removed', 'attempts', 'detections', 'crossed'] as const;
export type LedgerSeriesName = (typeof LEDGER_SERIES)[number];

export interface RunSeries {
  readonly days: number;
  readonly totalAgents: number[];
  readonly ledger: Partial<Record<LedgerSeriesName, number[]>>;
}

/** A run's network: locations in name order, links by their ends. */
export interface Network {
  readonly runId: string;
  readonly days: number;
  readonly names: readonly string[];
  readonly kinds: readonly string[];
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  readonly linkEnds: Int32Array;
  readonly maxWindowDays: number;
  readonly maxPresent: number;
  readonly maxFlow: number;
  readonly busiest: number;
}

export interface DayWindow {
  readonly from: number;
  readonly days: number;
  readonly present: Int32Array;
  readonly flow: Int32Array;
}

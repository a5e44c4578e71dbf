/**
 * What the dashboard's API answers: the contract between src/server and web/ (which imports these
 * types). Plain data, no Node or browser types.
 */
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

export interface RunList {
  readonly runs: readonly RunListEntry[];
  /** More runs are stored than were listed. */
  readonly truncated: boolean;
}

/** The ledger summary's figures the dashboard shows (summary.json of a corridor run). */
export interface LedgerFigures {
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

export interface RunDetails {
  readonly runId: string;
  readonly scenario: string;
  /** The name of the folder the scenario was read from (never a file-system path). */
  readonly scenarioFolder: string;
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
  readonly ledgerSummary: LedgerFigures | null;
  /** Stored runs of the same scenario, settings, edits and days (this one included). */
  readonly replicaRunIds: readonly string[];
  readonly hasNetwork: boolean;
}

export interface LocationSeries {
  readonly location: string;
  readonly kind: string;
  readonly present: number[];
  /** Lowest and highest over the replicas; absent with one replica. */
  readonly band?: { readonly replicas: number; readonly low: number[]; readonly high: number[] };
  /** Observed count per day (null where none), for camps with a series. */
  readonly observed?: (number | null)[];
}

export const LEDGER_SERIES = ['at_location', 'on_link', 'in_transfer', 'in_detention', 'arrived', 'removed', 'attempts', 'detections', 'crossed'] as const;

export type LedgerSeriesName = (typeof LEDGER_SERIES)[number];

export interface RunSeries {
  readonly days: number;
  readonly totalAgents: number[];
  /** Each ledger series by name; empty without a ledger. */
  readonly ledger: Partial<Record<LedgerSeriesName, number[]>>;
}

/** The JSON header of /api/network (its arrays: latitudes, longitudes, linkEnds). */
export interface NetworkMeta {
  readonly runId: string;
  readonly days: number;
  readonly names: readonly string[];
  readonly kinds: readonly string[];
  readonly maxWindowDays: number;
  readonly maxPresent: number;
  readonly maxFlow: number;
  readonly busiest: number;
}

/** The JSON header of /api/window (its arrays: present, flow). */
export interface WindowMeta {
  readonly runId: string;
  readonly from: number;
  readonly days: number;
  readonly locations: number;
  readonly links: number;
}

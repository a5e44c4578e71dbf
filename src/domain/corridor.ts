/**
 * The corridor extension of a Scenario (docs/scenario-format.md): location kinds, reception
 * centres, directional border crossings with their policies, smuggling services, daily arrivals
 * and a calendar of dated policy events. Location indices refer to Scenario.locations.
 */

export type CorridorKind = 'entry' | 'transit' | 'reception' | 'informal' | 'destination';
export const CORRIDOR_KINDS: readonly CorridorKind[] = ['entry', 'transit', 'reception', 'informal', 'destination'];

/** A distribution of whole days. */
export type Distribution =
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'exponential'; readonly mean: number }
  | { readonly kind: 'geometric'; readonly mean: number };

/** What follows an apprehension (border-mechanics.md). */
export type PolicyName = 'internal-return' | 'push-back' | 'deportation' | 'detention' | 'registration';
export const POLICY_NAMES: readonly PolicyName[] = ['internal-return', 'push-back', 'deportation', 'detention', 'registration'];
/** Policy names accepted where a policy is set: the post-apprehension ones plus the two enforcement levels. */
export type PolicySetting = PolicyName | 'no-enforcement' | 'closed-border';

/** The policy of one directional crossing in force on a given day. */
export interface CrossingPolicy {
  readonly apprehension: number;
  readonly policy: PolicyName;
  readonly closed: boolean;
  /** internal-return: where the transfer ends (-1: none given). */
  readonly returnTo: number;
  readonly transferDays: Distribution;
  readonly waitDays: Distribution;
  readonly detentionDays: Distribution;
  /** detention: where the person is held; registration: where the person is registered (-1: far end). */
  readonly place: number;
  /** detention: the policy applied on release. */
  readonly then: Exclude<PolicyName, 'detention'>;
  /** K: consecutive failures before giving up or switching (0: unlimited). */
  readonly maxFailures: number;
  readonly giveUp: number;
  readonly avoidFactor: number;
}

export interface Crossing {
  /** `from -> to`. */
  readonly name: string;
  readonly from: number;
  readonly to: number;
  /** Whether scenario.yml lists it under `crossings:` (else it has the defaults). */
  readonly listed: boolean;
  readonly initial: CrossingPolicy;
}

export interface SmugglingService {
  readonly location: number;
  readonly capacityPerDay: number;
  readonly price: number;
  readonly referencePrice: number;
  readonly uptake: number;
  readonly priceElasticity: number;
  readonly apprehensionFactor: number;
  readonly speedFactor: number;
  readonly legs: number;
}

export type CrossingChange = Partial<CrossingPolicy>;
export type SmugglingChange = Partial<Pick<SmugglingService, 'capacityPerDay' | 'price' | 'apprehensionFactor' | 'speedFactor' | 'uptake'>>;

export type PolicyEvent =
  | { readonly day: number; readonly target: 'crossing'; readonly index: number; readonly set: CrossingChange; readonly source: string; readonly line: number }
  | { readonly day: number; readonly target: 'smuggling'; readonly index: number; readonly set: SmugglingChange; readonly source: string; readonly line: number };

/** A value that scenario.yml marks `source: assumption`, listed for the reader of the results. */
export interface Assumption {
  readonly path: string;
  readonly value: number | string;
}

export interface CorridorSpec {
  /** Per location (Scenario.locations order). */
  readonly kinds: readonly CorridorKind[];
  /** Reception capacity per location (-1: not a reception centre). */
  readonly capacity: Int32Array;
  /** Overflow location per location (-1: none). */
  readonly overflow: Int32Array;
  readonly moveChance: Readonly<Record<Exclude<CorridorKind, 'destination'>, number>>;
  readonly maxMoveSpeed: number;
  readonly detour: number;
  readonly distancePower: number;
  readonly softening: number;
  /**
   * Days simulated before the first reported day (a warm start; absent: none). Every per-day input
   * (arrivals, event days) counts days from the first burn-in day.
   */
  readonly burnInDays?: number;
  /** People arriving per day at each entry location (fractions carry over between days). */
  readonly arrivals: readonly { readonly location: number; readonly daily: Float64Array }[];
  readonly arrivalScale: number;
  readonly stayDays: Distribution;
  readonly crossings: readonly Crossing[];
  /** Crossing index of each directional link (from, to) as `from * locationCount + to`. */
  readonly smuggling: readonly SmugglingService[];
  /** Sorted by day, then file order. */
  readonly events: readonly PolicyEvent[];
  readonly sources: Readonly<Record<string, string>>;
  readonly assumptions: readonly Assumption[];
}

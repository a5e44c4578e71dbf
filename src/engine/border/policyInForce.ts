/**
 * The policy in force in a corridor run: each crossing's policy and each smuggling service's
 * terms, as the scenario starts them and as dated events change them (applyPolicyEvents.ts is
 * the only writer of the terms; smuggling.ts counts a service's clients of the day).
 */
import type { CorridorSpec, CrossingPolicy } from '../../domain/corridor.js';

export interface ServiceState {
  capacityPerDay: number;
  price: number;
  uptake: number;
  apprehensionFactor: number;
  speedFactor: number;
  /** Clients taken on `usedDay`. */
  used: number;
  usedDay: number;
}

export interface PolicyInForce {
  /** Policy per crossing (replaced by dated events). */
  readonly crossings: CrossingPolicy[];
  /** Terms and the day's clients per smuggling service. */
  readonly services: ServiceState[];
}

export function createPolicyInForce(spec: CorridorSpec): PolicyInForce {
  return {
    crossings: spec.crossings.map((c) => c.initial),
    services: spec.smuggling.map((s) => ({
      capacityPerDay: s.capacityPerDay,
      price: s.price,
      uptake: s.uptake,
      apprehensionFactor: s.apprehensionFactor,
      speedFactor: s.speedFactor,
      used: 0,
      usedDay: -1,
    })),
  };
}

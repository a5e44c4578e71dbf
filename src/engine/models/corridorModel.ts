/**
 * The corridor's model (border-mechanics.md, docs/ODD.md): the day starts with the policy events,
 * arrivals and releases, then Flee's movement phases; border rules act on departures (smuggling,
 * crossing attempts), on arrivals (reception centres, destinations) and on a client's legs; routes
 * are goal-directed next steps (corridorCandidates.ts).
 */
import type { PathPool } from '../candidatePaths.js';
import type { DayPhase } from '../dayPhase.js';
import type { Network } from '../network.js';
import type { SimulationState } from '../state.js';
import type { StepRules } from '../state.js';
import { applyPolicyEvents } from '../border/applyPolicyEvents.js';
import { arriveEntrants } from '../border/arrivals.js';
import type { BorderState } from '../border/borderState.js';
import { buildCorridorCandidates } from '../border/corridorCandidates.js';
import { beforeStep } from '../border/crossingAttempt.js';
import { onArrival } from '../border/reception.js';
import { releaseHeld } from '../border/releases.js';
import { endSmuggledLeg, smuggledSpeed } from '../border/smuggling.js';
import type { CorridorSpec } from '../../domain/corridor.js';
import type { Model } from './model.js';
import { decisions, moveChances, refreshRoutes, scoreLocations, travelling } from './movementPhases.js';

/** The corridor state of a corridor run's simulation state. */
export function borderOf(s: SimulationState): BorderState {
  if (s.border === undefined) throw new Error('a corridor phase ran without corridor state');
  return s.border;
}

/** The corridor's day: policy events, arrivals and releases, then movement. */
export const CORRIDOR_DAY: readonly DayPhase[] = [
  { name: 'applyPolicyEvents', run: (s, _context, day) => applyPolicyEvents(s, borderOf(s), day) },
  { name: 'arriveEntrants', run: (s, _context, day) => arriveEntrants(s, borderOf(s), day) },
  { name: 'releaseHeld', run: (s, _context, day) => releaseHeld(s, borderOf(s), day) },
  refreshRoutes,
  scoreLocations,
  moveChances,
  decisions,
  travelling,
];

/** The border rules as step rules: crossings and smuggling on departure, reception on arrival. */
export class CorridorStepRules implements StepRules {
  readonly departureAt: Uint8Array;
  readonly arrivalAt: Uint8Array;

  constructor(private readonly border: BorderState) {
    this.departureAt = border.departHook;
    this.arrivalAt = border.arriveHook;
  }

  onDeparture(s: SimulationState, a: number, l: number, link: number, day: number): number {
    return beforeStep(s, this.border, a, l, link, day);
  }

  onArrival(s: SimulationState, a: number, l: number, day: number): boolean {
    return onArrival(s, this.border, a, l, day);
  }

  legSpeed(a: number, speed: number): number {
    return smuggledSpeed(this.border, a, speed);
  }

  onLegEnd(a: number): void {
    endSmuggledLeg(this.border, a);
  }
}

export function corridorModel(network: Network, border: BorderState, pool: PathPool): Model {
  const spec = border.spec;
  const destinations: number[] = [];
  spec.kinds.forEach((k, l) => k === 'destination' && destinations.push(l));
  return {
    name: 'corridor',
    phases: CORRIDOR_DAY,
    stepRules: new CorridorStepRules(border),
    candidates: () => buildCorridorCandidates(network, border.locationCount, destinations, spec.detour, pool),
  };
}

/** Leave probability of location `l` by its corridor kind; destinations end journeys. */
export function corridorMoveChance(spec: CorridorSpec): (l: number) => number {
  return (l) => {
    const kind = spec.kinds[l];
    return kind === 'destination' ? 0 : spec.moveChance[kind];
  };
}

/** Persons a corridor run will create (its arrivals series, scaled). */
export function plannedArrivals(spec: CorridorSpec, days: number): number {
  let total = 0;
  for (const entry of spec.arrivals) for (let t = 0; t < days; t++) total += entry.daily[t] * spec.arrivalScale;
  return Math.ceil(total) + spec.arrivals.length;
}

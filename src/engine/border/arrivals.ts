/**
 * Daily arrivals at entry points (border-mechanics.md, "Sources of people"): the scenario's series
 * times its scale, whole persons per day with the fraction carried to the next day, so the total
 * over a period matches the series. Nothing else creates persons in a corridor run.
 */
import { createAt } from '../phases/spawnAgents.js';
import type { SimulationState } from '../state.js';
import type { BorderState } from './borderState.js';
import { ensurePersons } from './borderPersonColumns.js';

export function arriveEntrants(s: SimulationState, b: BorderState, day: number): void {
  const spec = b.spec;
  for (let k = 0; k < spec.arrivals.length; k++) {
    const entry = spec.arrivals[k];
    const due = entry.daily[day] * spec.arrivalScale + b.arrivalCarry[k];
    const whole = Math.floor(due + 1e-9);
    b.arrivalCarry[k] = due - whole;
    if (whole <= 0) continue;
    const first = s.agents.count;
    createAt(s, entry.location, whole, day);
    ensurePersons(b.persons, s.agents.count);
    b.persons.createdDay.fill(day, first, first + whole);
  }
}

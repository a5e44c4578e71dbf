/**
 * The phases both models end their day with: route tables brought up to date with the network,
 * location scores, the day's leave probabilities, decisions, and travel (flee-model.md §6 steps
 * 6.5a–6.5g). Corridor rules enter them only through the step rules (StepRules in state.ts).
 */
import { takeCensus } from '../census.js';
import type { DayPhase } from '../dayPhase.js';
import { refreshActiveCsr } from '../network.js';
import { decideMoves, effectiveMoveChance } from '../phases/decideMoves.js';
import { travel } from '../phases/travel.js';
import { updateScores } from '../phases/updateScores.js';
import { createRouteTables } from '../routeChoice.js';

/** Links closed or reopened since the route tables were built: rebuild them from the model's candidates. */
export const refreshRoutes: DayPhase = {
  name: 'refreshRoutes',
  run(s, context) {
    if (s.network.version === s.routes.candidates.version) return;
    refreshActiveCsr(s.network);
    s.routes = createRouteTables(context.candidates(), s.locations, s.settings.move_rules);
  },
};

export const scoreLocations: DayPhase = { name: 'updateScores', run: (s, _context, day) => updateScores(s, day) };

/** Counts the agents of the day (RunRecord.agentSteps) and sets the day's leave probabilities. */
export const moveChances: DayPhase = {
  name: 'effectiveMoveChance',
  run(s, context) {
    s.agentSteps += s.agents.count;
    effectiveMoveChance(s, context.moveChance);
  },
};

export const decisions: DayPhase = { name: 'decideMoves', run: (s, context, day) => decideMoves(s, day, context.moveChance, context.rng) };

/** Travel, then the census of the day's end (every partition takes it). */
export const travelling: DayPhase = {
  name: 'travel',
  run(s, context, day) {
    const travelledHere = travel(s, day, context.moveChance, context.rng);
    s.movedAgentSteps += takeCensus(s, travelledHere);
  },
};


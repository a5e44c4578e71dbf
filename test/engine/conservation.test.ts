/**
 * Invariants of the day loop on random networks, closures and settings: every agent is either at
 * a location or on a link, the location and link counts equal the agents' own records (and each
 * agent's on-link bit its link), and no count is ever negative.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecordedSimulation } from '../../src/run/recordedSimulation.js';
import { parseSettingsText } from '../../src/settings/loadSettings.js';
import type { LocationKind } from '../../src/domain/scenario.js';
import { buildScenario } from '../helpers/scenarioBuilder.js';

const kinds: LocationKind[] = ['conflict_zone', 'town', 'camp', 'forwarding_hub', 'marker'];

const world = fc.record({
  kinds: fc.array(fc.constantFrom(...kinds), { minLength: 3, maxLength: 9 }),
  edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 700 })), { minLength: 2, maxLength: 16 }),
  closures: fc.array(fc.tuple(fc.constantFrom('location', 'country', 'camp'), fc.nat(), fc.integer({ min: 0, max: 12 }), fc.integer({ min: -1, max: 15 })), { maxLength: 4 }),
  awareness: fc.integer({ min: 1, max: 3 }),
  avoidShortStints: fc.boolean(),
  seed: fc.nat(),
  increments: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 3, maxLength: 3 }),
});

describe('people are conserved every day', () => {
  it('holds on random scenarios', () => {
    fc.assert(
      fc.property(world, (w) => {
        const n = w.kinds.length;
        const names = w.kinds.map((_, i) => `L${i}`);
        const locs = w.kinds.map((kind, i) => ({ name: names[i], kind, value: kind === 'camp' ? 30 : 1000, country: i % 2 === 0 ? 'A' : 'B' }));
        locs[0] = { ...locs[0], kind: 'conflict_zone' };
        const routes = w.edges
          .map(([a, b, km]) => [names[a % n], names[b % n], km] as [string, string, number])
          .filter(([a, b]) => a !== b);
        if (routes.length === 0) return;
        const camps = locs.filter((l) => l.kind === 'camp').map((l) => l.name);
        const days = 15;
        const scenario = buildScenario({
          locations: locs,
          routes,
          days,
          conflicts: { L0: 1 },
          series: [['total', [[0, 0]]], ...camps.map((c, i) => [c, [[0, 0], [days, w.increments[i % 3] * 5]]] as [string, [number, number][]])],
          closures: w.closures.map(([type, at, start, end]) => ({
            type: type,
            name1: type === 'country' ? 'A' : type === 'camp' ? (camps[0] ?? names[at % n]) : names[at % n],
            name2: type === 'country' ? 'B' : '',
            startDay: start,
            endDay: end,
          })),
        });
        const settings = parseSettingsText(
          `move_rules:\n  awareness_level: ${w.awareness}\n  avoid_short_stints: ${w.avoidShortStints}\n  max_move_speed: 200\n`,
          'test.yml',
        );
        const sim = createRecordedSimulation(scenario, settings, { seed: w.seed });
        const s = sim.state;
        while (sim.step()) {
          let atLocations = 0;
          for (let l = 0; l < s.locations.count; l++) {
            expect(s.locations.agents[l]).toBeGreaterThanOrEqual(0);
            atLocations += s.locations.agents[l];
          }
          let onLinks = 0;
          for (let e = 0; e < s.network.linkCount; e++) {
            expect(s.network.linkAgents[e]).toBeGreaterThanOrEqual(0);
            onLinks += s.network.linkAgents[e];
          }
          expect(atLocations + onLinks).toBe(s.agents.count);
          const recount = new Int32Array(s.locations.count);
          let travelling = 0;
          let flagged = 0;
          for (let a = 0; a < s.agents.count; a++) {
            if (s.agents.link[a] >= 0) travelling++;
            else recount[s.agents.location[a]]++;
            // The travel phase finds its agents by this bit: set exactly while on a link.
            if (((s.agents.onLink[a >>> 5] >>> (a & 31)) & 1) === (s.agents.link[a] >= 0 ? 1 : 0)) flagged++;
          }
          expect(flagged).toBe(s.agents.count);
          expect(travelling).toBe(onLinks);
          expect(Array.from(recount)).toEqual(Array.from(s.locations.agents));
        }
        // The property is about something: whenever the first camp's series grows, people exist.
        if (camps.length > 0 && w.increments[0] > 0) expect(s.agents.count).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });
});

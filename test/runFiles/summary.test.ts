import { describe, expect, it } from 'vitest';
import { formatSummaryJson, summarise, type RunSummaryInput } from '../../src/runFiles/summary.js';

const run = (seed: number, ard: number, wallSeconds: number, agentSteps = 1000): RunSummaryInput => ({
  scenario: 'flee/mali2012',
  days: 300,
  seed,
  agentsFinal: 8996,
  agentSteps,
  wallSeconds,
  ard,
  ardRescaled: ard - 0.05,
});

describe('summarise', () => {
  it('one run: plain numbers under the documented keys', () => {
    const s = summarise([run(1, 0.35, 2)]);
    expect(s).toEqual({
      scenario: 'flee/mali2012',
      days: 300,
      seed: 1,
      replicas: 1,
      agents_final: 8996,
      agent_steps: 1000,
      wall_s: 2,
      agent_steps_per_s: 500,
      ard: 0.35,
      ard_rescaled: 0.35 - 0.05,
    });
    expect(Object.keys(s)).toEqual([
      'scenario',
      'days',
      'seed',
      'replicas',
      'agents_final',
      'agent_steps',
      'wall_s',
      'agent_steps_per_s',
      'ard',
      'ard_rescaled',
    ]);
  });

  it('replicas: { mean, sd, values } per per-run quantity, seeds as a list', () => {
    const s = summarise([run(1, 0.3, 2, 1000), run(2, 0.4, 4, 1000), run(3, 0.5, 5, 1500)]);
    expect(s.replicas).toBe(3);
    expect(s.seed).toEqual([1, 2, 3]);
    expect(s.scenario).toBe('flee/mali2012');
    expect(s.days).toBe(300);
    expect(s.agents_final).toEqual({ mean: 8996, sd: 0, values: [8996, 8996, 8996] });
    expect(s.wall_s).toEqual({ mean: 11 / 3, sd: expect.closeTo(Math.sqrt(7 / 3), 14) as number, values: [2, 4, 5] });
    // Rates are per run (500, 250, 300), then summarised.
    expect(s.agent_steps_per_s).toEqual({ mean: 350, sd: expect.closeTo(Math.sqrt(17500), 10) as number, values: [500, 250, 300] });
    expect(s.ard).toEqual({ mean: expect.closeTo(0.4, 15) as number, sd: expect.closeTo(0.1, 15) as number, values: [0.3, 0.4, 0.5] });
    expect(typeof s.ard_rescaled).toBe('object');
  });

  it('serialises to JSON with a final newline; non-finite values become null', () => {
    const text = formatSummaryJson(summarise([run(1, NaN, 0)]));
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.agent_steps_per_s).toBeNull();
    expect(parsed.ard).toBeNull();
    expect(parsed.wall_s).toBe(0);
  });

  it('refuses an empty list and mixed scenarios or lengths', () => {
    expect(() => summarise([])).toThrow(RangeError);
    expect(() => summarise([run(1, 0.3, 1), { ...run(2, 0.3, 1), days: 299 }])).toThrow(/replicas differ/);
    expect(() => summarise([run(1, 0.3, 1), { ...run(2, 0.3, 1), scenario: 'flee/car' }])).toThrow(RangeError);
  });
});

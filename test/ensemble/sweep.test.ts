import { describe, expect, it } from 'vitest';
import { parseVariation, sweepPoints } from '../../src/ensemble/sweep.js';

describe('--vary section.key=lo:hi:steps', () => {
  it('gives steps evenly spaced values from lo to hi, both included, without binary noise', () => {
    expect(parseVariation('move_rules.camp_weight=1:4:4')).toEqual({ key: 'move_rules.camp_weight', values: [1, 2, 3, 4] });
    expect(parseVariation('move_rules.default_movechance=0.1:0.3:3').values).toEqual([0.1, 0.2, 0.3]);
    expect(parseVariation('move_rules.awareness_level=2:2:1').values).toEqual([2]);
  });

  it('refuses malformed text, naming the option and the expected form', () => {
    for (const [text, message] of [
      ['move_rules.camp_weight', /not of the form section.key=lo:hi:steps/],
      ['move_rules.camp_weight=1:4', /not of the form/],
      ['move_rules.camp_weight=a:4:2', /lo and hi must be numbers, got "a" and "4"/],
      ['move_rules.camp_weight=1:4:0', /steps must be an integer >= 1, got "0"/],
      ['move_rules.camp_weight=1:4:2.5', /steps must be an integer/],
      ['move_rules.camp_weight=1:4:1', /one step needs lo = hi/],
    ] as const) {
      expect(() => parseVariation(text), text).toThrow(message);
      expect(() => parseVariation(text), text).toThrow(`--vary ${text}`);
    }
  });

  it('checks the key and the values with the settings loader', () => {
    expect(() => parseVariation('move_rules.camp_wieght=1:2:2')).toThrow(/unknown settings key.*did you mean "move_rules.camp_weight"/);
    expect(() => parseVariation('move_rules.awareness_level=1:2.5:2')).toThrow(/awareness_level = 2.5/);
    expect(() => parseVariation('move_rules.max_move_speed=-10:10:3')).toThrow(/--vary move_rules.max_move_speed=-10:10:3/);
  });

  it('combines several variations into every point, the first varying slowest', () => {
    const points = sweepPoints([parseVariation('move_rules.camp_weight=1:2:2'), parseVariation('move_rules.awareness_level=1:3:3')]);
    expect(points.map((p) => p.params)).toEqual([
      { 'move_rules.camp_weight': 1, 'move_rules.awareness_level': 1 },
      { 'move_rules.camp_weight': 1, 'move_rules.awareness_level': 2 },
      { 'move_rules.camp_weight': 1, 'move_rules.awareness_level': 3 },
      { 'move_rules.camp_weight': 2, 'move_rules.awareness_level': 1 },
      { 'move_rules.camp_weight': 2, 'move_rules.awareness_level': 2 },
      { 'move_rules.camp_weight': 2, 'move_rules.awareness_level': 3 },
    ]);
    expect(sweepPoints([])).toEqual([{ params: {}, overrides: [] }]);
    expect(() => sweepPoints([parseVariation('move_rules.camp_weight=1:2:2'), parseVariation('move_rules.camp_weight=3:4:2')])).toThrow(/varied twice/);
  });

  it('leaves scenario.yml paths (corridor scenarios) to the scenario reader', () => {
    expect(parseVariation('crossing_defaults.apprehension=0.1:0.5:3', false).values).toEqual([0.1, 0.3, 0.5]);
    expect(() => parseVariation('crossing_defaults.apprehension=0.1:0.5:3')).toThrow(/unknown settings key/);
  });
});

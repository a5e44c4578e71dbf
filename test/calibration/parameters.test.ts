import { describe, expect, it } from 'vitest';
import { parameterAssignments, parseParameterSpec, checkDistinct } from '../../src/calibration/parameters.js';
import type { SettingsBase } from '../../src/calibration/parameters.js';

const base: SettingsBase = { text: 'move_rules:\n  camp_weight: 2\n', label: 'sim.yml', overrides: [] };

describe('--param', () => {
  it('reads settings keys with linear and log priors', () => {
    expect(parseParameterSpec('move_rules.camp_weight=0.5:10', base)).toEqual({ name: 'move_rules.camp_weight', lower: 0.5, upper: 10, scale: 'linear', integer: false, target: 'settings' });
    expect(parseParameterSpec('move_rules.softening=1:100:log', base)).toMatchObject({ scale: 'log' });
    expect(parseParameterSpec('move_rules.awareness_level=1:3', base)).toMatchObject({ integer: true });
  });

  it.each([
    ['camp_weight', /--param camp_weight: not of the form name=lo:hi/],
    ['move_rules.camp_weight=1', /not of the form name=lo:hi/],
    ['move_rules.camp_weight=a:b', /not of the form name=lo:hi/],
    ['move_rules.camp_weight=5:1', /lower bound 5 is not below upper bound 1/],
    ['move_rules.camp_weight=0:5:log', /a log-scale prior needs a lower bound above 0/],
    ['move_rules.camp_weight=1:5:sqrt', /unknown scale "sqrt"/],
    ['move_rules.camp_wieght=1:5', /unknown settings key "move_rules.camp_wieght"; did you mean "move_rules.camp_weight"\?/],
    ['move_rules.avoid_short_stints=0:1', /is not numeric \(boolean\)/],
    ['move_rules.default_movechance=0.1:2', /move_rules.default_movechance=2.*expected a number from 0 to 1|expected.*0.*1/],
    ['scenario.detection_probability=0:1', /unknown scenario parameter "scenario.detection_probability".*no scenario parameters are defined yet/],
  ])('refuses %s', (text, message) => {
    expect(() => parseParameterSpec(text, base)).toThrow(message);
  });

  it('refuses a parameter given twice', () => {
    const p = parseParameterSpec('move_rules.camp_weight=1:5', base);
    expect(() => checkDistinct([p, p])).toThrow(/"move_rules.camp_weight" is given twice/);
  });

  it('turns values into --set overrides, rounding integer keys', () => {
    const specs = [parseParameterSpec('move_rules.camp_weight=1:5', base), parseParameterSpec('move_rules.awareness_level=1:3', base)];
    expect(parameterAssignments(specs, [2.5, 2.6])).toEqual({ settingsOverrides: ['move_rules.camp_weight=2.5', 'move_rules.awareness_level=3'], scenarioParameters: [] });
  });
});

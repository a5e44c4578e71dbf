/**
 * Calibrated parameters: `--param name=lo:hi` (uniform prior on [lo, hi]) or `name=lo:hi:log`
 * (uniform on the logarithm, for scale parameters spanning orders of magnitude). A name is a
 * settings key as `--set` takes it (`move_rules.camp_weight`), checked through the settings
 * reader so that both bounds are values the model accepts. Names under `scenario.` are reserved
 * for scenario parameters (scenarioParameters.ts).
 */
import { isScenarioParameter, checkScenarioParameter } from './scenarioParameters.js';
import { InputError } from '../errors.js';
import { parseDecimal } from '../scenario/numbers.js';
import { CATALOGUE_BY_PATH } from '../settings/catalogue.js';
import { parseSettingsText } from '../settings/loadSettings.js';
import { didYouMean } from '../text/closestName.js';

export type ParameterScale = 'linear' | 'log';

export interface ParameterSpec {
  readonly name: string;
  readonly lower: number;
  readonly upper: number;
  readonly scale: ParameterScale;
  /** The model takes whole numbers only: proposals are rounded when applied. */
  readonly integer: boolean;
  readonly target: 'settings' | 'scenario';
}

/** The base settings the parameters are applied on top of. */
export interface SettingsBase {
  readonly text: string;
  readonly label: string;
  readonly overrides: readonly string[];
}

/** The parts of `name=lo:hi[:log]`, checked for form only. */
function parseParameterText(text: string): { name: string; lower: number; upper: number; scale: ParameterScale; where: { field: string } } {
  const where = { field: `--param ${text}` };
  const eq = text.indexOf('=');
  const name = (eq < 0 ? '' : text.slice(0, eq)).trim();
  const parts = eq < 0 ? [] : text.slice(eq + 1).split(':');
  const lower = parseDecimal(parts[0] ?? '');
  const upper = parseDecimal(parts[1] ?? '');
  const scaleText = parts[2]?.trim() ?? 'linear';
  if (name === '' || parts.length < 2 || parts.length > 3 || lower === undefined || upper === undefined) {
    throw new InputError('not of the form name=lo:hi', { ...where, expected: 'section.key=lo:hi or section.key=lo:hi:log, e.g. move_rules.camp_weight=1:10' });
  }
  if (scaleText !== 'linear' && scaleText !== 'log') throw new InputError(`unknown scale "${scaleText}"`, { ...where, expected: 'linear or log after the bounds' });
  if (!(lower < upper)) throw new InputError(`lower bound ${lower} is not below upper bound ${upper}`, { ...where, expected: 'lo < hi' });
  if (scaleText === 'log' && !(lower > 0)) throw new InputError('a log-scale prior needs a lower bound above 0', { ...where, expected: 'lo > 0' });
  return { name, lower, upper, scale: scaleText, where };
}

/**
 * A parameter of a corridor scenario: a scenario.yml path as `--set` takes it (e.g.
 * `crossing_defaults.apprehension`), checked by reading the scenario with each bound.
 */
export function parseCorridorParameterSpec(text: string, read: (overrides: readonly string[]) => unknown): ParameterSpec {
  const { name, lower, upper, scale } = parseParameterText(text);
  for (const bound of [lower, upper]) read([`${name}=${bound}`]);
  return { name, lower, upper, scale, integer: false, target: 'scenario' };
}

export function parseParameterSpec(text: string, base: SettingsBase): ParameterSpec {
  const { name, lower, upper, scale: scaleText, where } = parseParameterText(text);
  if (isScenarioParameter(name)) {
    checkScenarioParameter(name, where);
    return { name, lower, upper, scale: scaleText, integer: false, target: 'scenario' };
  }
  const entry = CATALOGUE_BY_PATH.get(name);
  if (entry === undefined) {
    throw new InputError(`unknown settings key "${name}"${didYouMean(name, CATALOGUE_BY_PATH.keys())}`, { ...where, expected: 'a settings key as --set takes it (see docs/settings.md)' });
  }
  if (entry.rule.kind !== 'number' && entry.rule.kind !== 'integer') {
    throw new InputError(`settings key "${name}" is not numeric (${entry.rule.kind})`, { ...where, expected: 'a numeric settings key' });
  }
  // Both bounds must be values the settings reader accepts with the base settings.
  for (const bound of [lower, upper]) parseSettingsText(base.text, base.label, [...base.overrides, `${name}=${bound}`]);
  return { name, lower, upper, scale: scaleText, integer: entry.rule.kind === 'integer', target: 'settings' };
}

/** Refuses a parameter given twice. */
export function checkDistinct(specs: readonly ParameterSpec[]): void {
  const seen = new Set<string>();
  for (const p of specs) {
    if (seen.has(p.name)) throw new InputError(`parameter "${p.name}" is given twice`, { field: '--param', expected: 'each parameter once' });
    seen.add(p.name);
  }
}

/** Internal coordinate (in which the prior is uniform) of a parameter value, and back. */
export function toInternal(p: ParameterSpec, value: number): number {
  return p.scale === 'log' ? Math.log(value) : value;
}
export function fromInternal(p: ParameterSpec, x: number): number {
  return p.scale === 'log' ? Math.exp(x) : x;
}
export function internalBounds(p: ParameterSpec): [number, number] {
  return [toInternal(p, p.lower), toInternal(p, p.upper)];
}

/** The value the model is given for a parameter value (whole numbers for integer keys). */
export function modelValue(p: ParameterSpec, value: number): number {
  return p.integer ? Math.round(value) : value;
}

/** Settings overrides and scenario parameters for one parameter vector. */
export function parameterAssignments(specs: readonly ParameterSpec[], values: ArrayLike<number>): { settingsOverrides: string[]; scenarioParameters: [string, number][] } {
  const settingsOverrides: string[] = [];
  const scenarioParameters: [string, number][] = [];
  specs.forEach((p, i) => {
    const v = modelValue(p, values[i]);
    if (p.target === 'settings') settingsOverrides.push(`${p.name}=${v}`);
    else scenarioParameters.push([p.name, v]);
  });
  return { settingsOverrides, scenarioParameters };
}

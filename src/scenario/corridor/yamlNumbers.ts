/**
 * Numbers and day distributions of scenario.yml: a number is written plainly (`0.3`) or with its
 * source (`{ value: 0.3, source: kirs-2022 }`); `source: assumption` values are collected.
 */
import { MAX_RUN_DAYS } from '../../domain/inputRanges.js';
import type { Assumption, Distribution } from '../../domain/corridor.js';
import type { YamlFields, YamlPath } from './yamlFields.js';
import { pathText } from './yamlFields.js';

export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly required?: boolean;
  readonly default?: number;
}

/** Reads the number at a path by its rule, its sources known (a problem is recorded and the default returned). */
export type ReadNumber = (path: YamlPath, rule: NumberRule) => number;

export function checkSource(y: YamlFields, path: YamlPath, source: unknown, sources: ReadonlySet<string>): string | undefined {
  if (typeof source !== 'string' || source.trim() === '') {
    y.problem(path, `source ${JSON.stringify(source)} is not a text`, 'a key of the sources: map or "assumption"');
    return undefined;
  }
  if (source !== 'assumption' && !sources.has(source)) {
    y.problem(path, `unknown source "${source}"`, `"assumption" or a key of the sources: map (${[...sources].join(', ') || 'none defined'})`);
  }
  return source;
}

/** Reads the number at `path`; on a problem records it and returns the default (or 0). */
export function readNumber(y: YamlFields, path: YamlPath, rule: NumberRule, sources: ReadonlySet<string>, assumptions: Assumption[]): number {
  let v = y.get(path);
  const fallback = rule.default ?? 0;
  if (v === undefined || v === null) {
    if (rule.required === true || rule.default === undefined) y.problem(path, 'missing', describe(rule));
    return fallback;
  }
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    y.checkKeys(path, ['value', 'source', 'note']);
    const source = checkSource(y, [...path, 'source'], o.source, sources);
    v = o.value;
    if (source === 'assumption' && typeof v === 'number') assumptions.push({ path: pathText(path), value: v });
    path = [...path, 'value'];
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    y.problem(path, `not a number: ${JSON.stringify(v)}`, describe(rule));
    return fallback;
  }
  if ((rule.integer === true && !Number.isInteger(v)) || (rule.min !== undefined && v < rule.min) || (rule.max !== undefined && v > rule.max)) {
    y.problem(path, `${v} is out of range`, describe(rule));
    return fallback;
  }
  return v;
}

function describe(rule: NumberRule): string {
  const kind = rule.integer === true ? 'a whole number' : 'a number';
  const lo = rule.min === undefined ? '' : ` >= ${rule.min}`;
  const hi = rule.max === undefined ? '' : `${lo === '' ? '' : ' and'} <= ${rule.max}`;
  return `${kind}${lo}${hi} (plain, or { value: ..., source: ... })`;
}

const DISTRIBUTION_KEYS = ['distribution', 'value', 'min', 'max', 'mean', 'source', 'note'];

/** Reads a day distribution at `path` (see docs/scenario-format.md); `fallback` when absent. */
export function readDistribution(y: YamlFields, path: YamlPath, fallback: Distribution, sources: ReadonlySet<string>, assumptions: Assumption[]): Distribution {
  const v = y.get(path);
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 0 && v <= MAX_RUN_DAYS) return { kind: 'constant', value: v };
    y.problem(path, `${v} is not a whole number of days from 0 to ${MAX_RUN_DAYS}`, 'a whole number of days or a distribution');
    return fallback;
  }
  const o = y.map(path, true);
  if (o === undefined) return fallback;
  y.checkKeys(path, DISTRIBUTION_KEYS);
  const source = o.source === undefined ? undefined : checkSource(y, [...path, 'source'], o.source, sources);
  const days = (k: string, min: number): number => {
    const x = o[k];
    if (typeof x !== 'number' || !Number.isFinite(x) || x < min || x > MAX_RUN_DAYS) {
      y.problem([...path, k], x === undefined ? 'missing' : `not a number from ${min} to ${MAX_RUN_DAYS}: ${JSON.stringify(x)}`, `a number of days from ${min} to ${MAX_RUN_DAYS}`);
      return min;
    }
    return x;
  };
  let d: Distribution;
  switch (o.distribution) {
    case 'constant': {
      const value = Math.round(days('value', 0));
      d = { kind: 'constant', value };
      break;
    }
    case 'uniform': {
      const min = days('min', 0);
      const max = days('max', 0);
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) y.problem(path, `uniform from ${min} to ${max}`, 'whole numbers of days with min <= max');
      d = { kind: 'uniform', min: Math.round(min), max: Math.round(Math.max(min, max)) };
      break;
    }
    case 'exponential':
      d = { kind: 'exponential', mean: days('mean', 0.001) };
      break;
    case 'geometric':
      d = { kind: 'geometric', mean: Math.max(1, days('mean', 1)) };
      break;
    default:
      y.problem([...path, 'distribution'], `unknown distribution ${JSON.stringify(o.distribution)}`, 'constant, uniform, exponential or geometric');
      return fallback;
  }
  if (source === 'assumption') assumptions.push({ path: pathText(path), value: JSON.stringify(d) });
  return d;
}

/** Checks one settings value against its catalogue rule. */
import type { ValueRule } from './catalogue.js';

/** Undefined when the value is acceptable, else the expectation in plain words. */
export function checkValue(rule: ValueRule, value: unknown): string | undefined {
  switch (rule.kind) {
    case 'number':
    case 'integer': {
      const expected = describeNumber(rule);
      if (typeof value !== 'number' || !Number.isFinite(value)) return expected;
      if (rule.kind === 'integer' && !Number.isInteger(value)) return expected;
      if (rule.min !== undefined && (value < rule.min || (rule.kind === 'number' && rule.minExclusive === true && value === rule.min))) return expected;
      if (rule.max !== undefined && value > rule.max) return expected;
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'numberOrBoolean':
      return typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ? undefined : 'true, false or a number';
    case 'string': {
      if (rule.oneOf === undefined) return typeof value === 'string' ? undefined : 'a text value';
      const ok = typeof value === 'string' && rule.oneOf.includes(value.toLowerCase());
      return ok ? undefined : `one of ${rule.oneOf.join(', ')}`;
    }
    case 'numberList': {
      const min = rule.min;
      const ok =
        Array.isArray(value) &&
        value.every((v) => typeof v === 'number' && Number.isFinite(v) && (min === undefined || v >= min));
      return ok ? undefined : `a list of numbers${min === undefined ? '' : ` >= ${min}`}, e.g. [1, 1, 0.5]`;
    }
    case 'list':
      return Array.isArray(value) ? undefined : 'a list, e.g. [6, 7]';
    case 'section':
    case 'opaqueSection':
      return value === null || (typeof value === 'object' && !Array.isArray(value)) ? undefined : 'a subsection (key: value lines)';
  }
}

function describeNumber(rule: { kind: 'number' | 'integer'; min?: number; minExclusive?: boolean; max?: number }): string {
  const what = rule.kind === 'integer' ? 'a whole number' : 'a number';
  if (rule.min !== undefined && rule.max !== undefined) {
    return `${what} in ${rule.minExclusive === true ? '(' : '['}${rule.min}, ${rule.max}]`;
  }
  if (rule.min !== undefined) return `${what} ${rule.minExclusive === true ? '>' : '>='} ${rule.min}`;
  if (rule.max !== undefined) return `${what} <= ${rule.max}`;
  return what;
}

/** What a rule accepts, in plain words (what checkValue says of a value that matches no rule). */
export function describeRule(rule: ValueRule): string {
  return checkValue(rule, Symbol('no value')) ?? '';
}

/**
 * Validation of every query parameter the server accepts. A request names its allowed parameters;
 * unknown or repeated ones, and values of the wrong shape, are refused with a message that names
 * the parameter and the expected form. Values never reach SQL text or a file path: they are
 * checked here and then bound as query values.
 */
import { BadRequest } from './badRequest.js';

export type QueryValues = ReadonlyMap<string, string>;

const MAX_PARAM_LENGTH = 200;

/** The query string of `url`, refusing parameters not in `allowed` and repeated ones. */
export function readQuery(url: string, allowed: readonly string[]): QueryValues {
  const params = new URL(url).searchParams;
  const values = new Map<string, string>();
  for (const [key, value] of params) {
    if (!allowed.includes(key)) {
      const expected = allowed.length === 0 ? 'no query parameters' : `only ${allowed.join(', ')}`;
      throw new BadRequest(`unknown query parameter "${clip(key)}" (expected ${expected})`);
    }
    if (values.has(key)) throw new BadRequest(`query parameter "${key}" is given more than once (expected it once)`);
    if (value.length > MAX_PARAM_LENGTH) throw new BadRequest(`query parameter "${key}" is longer than ${MAX_PARAM_LENGTH} characters`);
    values.set(key, value);
  }
  return values;
}

/** A run id or its first characters, as `corridor runs list` shows them. */
export function runIdParam(q: QueryValues, name: string): string {
  const v = q.get(name);
  if (v === undefined || v === '') throw new BadRequest(`missing query parameter "${name}" (expected a run id from the list of runs)`);
  return checkRunId(v, name);
}

export function checkRunId(v: string, name: string): string {
  if (!/^[0-9a-f]{4,64}$/.test(v)) throw new BadRequest(`${name}: "${clip(v)}" is not a run id (expected 4 to 64 lower-case hexadecimal characters)`);
  return v;
}

/** A whole number of days in [min, max]; `fallback` when the parameter is absent. */
export function dayParam(q: QueryValues, name: string, min: number, max: number, fallback?: number): number {
  const v = q.get(name);
  if (v === undefined || v === '') {
    if (fallback !== undefined) return fallback;
    throw new BadRequest(`missing query parameter "${name}" (expected a day number from ${min} to ${max})`);
  }
  if (!/^\d{1,7}$/.test(v)) throw new BadRequest(`${name}: "${clip(v)}" is not a day number (expected a whole number from ${min} to ${max})`);
  const day = Number(v);
  if (day < min || day > max) throw new BadRequest(`${name}: day ${day} is out of range (expected ${min} to ${max})`);
  return day;
}

/** A location name: printable text, at most 200 characters (its existence is checked by the query). */
export function locationParam(q: QueryValues, name: string): string | undefined {
  const v = q.get(name);
  if (v === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  if (v.trim() === '' || /[\u0000-\u001f\u007f]/.test(v)) throw new BadRequest(`${name}: "${clip(v)}" is not a location name (expected printable text)`);
  return v;
}

/** One of a fixed set of words. */
export function choiceParam<T extends string>(q: QueryValues, name: string, choices: readonly T[], fallback: T): T {
  const v = q.get(name);
  if (v === undefined || v === '') return fallback;
  if (!(choices as readonly string[]).includes(v)) throw new BadRequest(`${name}: "${clip(v)}" is not one of ${choices.join(', ')}`);
  return v as T;
}

function clip(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown).slice(1, -1);
}

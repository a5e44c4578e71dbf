/**
 * Parameter sweeps: `--vary section.key=lo:hi:steps` gives `steps` evenly spaced values from lo to
 * hi (both included); several `--vary` options give every combination (the first varies slowest).
 * Keys are those of `--set`: settings keys for a Flee folder (checked here by the settings loader),
 * scenario.yml paths for a corridor scenario (checked when each point's scenario is read).
 */
import { InputError, isInputError } from '../errors.js';
import { loadSettings } from '../settings/loadSettings.js';

export interface Variation {
  readonly key: string;
  readonly values: readonly number[];
}

export interface SweepPoint {
  /** Varied key → value at this point. */
  readonly params: Readonly<Record<string, number>>;
  /** The point as `--set` overrides. */
  readonly overrides: readonly string[];
}

const EXPECTED = 'section.key=lo:hi:steps, e.g. --vary move_rules.camp_weight=1:4:4 (steps an integer >= 1)';

export function parseVariation(text: string, settingsKey = true): Variation {
  const where = { field: `--vary ${text}`, expected: EXPECTED };
  const eq = text.indexOf('=');
  const key = eq < 0 ? '' : text.slice(0, eq).trim();
  const parts = eq < 0 ? [] : text.slice(eq + 1).split(':');
  if (key === '' || parts.length !== 3) throw new InputError('not of the form section.key=lo:hi:steps', where);
  const [lo, hi] = parts.slice(0, 2).map((p) => (p.trim() === '' ? NaN : Number(p)));
  const steps = Number(parts[2]);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new InputError(`lo and hi must be numbers, got "${parts[0]}" and "${parts[1]}"`, where);
  if (!/^\s*\d+\s*$/.test(parts[2]) || !Number.isSafeInteger(steps) || steps < 1) throw new InputError(`steps must be an integer >= 1, got "${parts[2]}"`, where);
  if (steps === 1 && lo !== hi) throw new InputError('one step needs lo = hi', where);
  const values = Array.from({ length: steps }, (_, i) => (steps === 1 ? lo : tidy(lo + ((hi - lo) * i) / (steps - 1))));
  if (settingsKey) for (const v of new Set([values[0], values[values.length - 1]])) checkWithLoader(key, v, text);
  return { key, values };
}

/** Removes binary noise such as 0.30000000000000004. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/** The settings loader's verdict on one value, reported against the `--vary` option. */
function checkWithLoader(key: string, value: number, text: string): void {
  try {
    loadSettings({ overrides: [`${key}=${value}`] });
  } catch (e) {
    if (!isInputError(e)) throw e;
    const message = e.message.replace(/^--set [^:]*: /, '');
    throw new InputError(`${key} = ${value}: ${message}`, { field: `--vary ${text}` });
  }
}

export function sweepPoints(variations: readonly Variation[]): SweepPoint[] {
  const seen = new Set<string>();
  for (const v of variations) {
    if (seen.has(v.key)) throw new InputError(`${v.key} is varied twice`, { field: `--vary ${v.key}`, expected: 'each settings key in at most one --vary' });
    seen.add(v.key);
  }
  let points: Record<string, number>[] = [{}];
  for (const v of variations) points = points.flatMap((p) => v.values.map((x) => ({ ...p, [v.key]: x })));
  return points.map((params) => ({ params, overrides: Object.entries(params).map(([k, x]) => `${k}=${x}`) }));
}

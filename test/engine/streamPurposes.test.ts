/**
 * The registry of random-stream purposes (src/engine/streamPurposes.ts): no two purposes share a
 * number, the open range of chained travel rounds collides with nothing, and the engine passes no
 * purpose that does not come from the registry.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STREAM } from '../../src/engine/streamPurposes.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The purpose argument of every stream call (`dayKey(day, purpose)`, `reset(day, key, purpose)`) in `text`. */
function purposeArguments(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\.dayKey\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) out.push(m[1].split(',').slice(1).join(',').trim());
  for (const m of text.matchAll(/\.reset\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) out.push(m[1].split(',').slice(2).join(',').trim());
  return out;
}

describe('stream purposes', () => {
  it('are distinct numbers', () => {
    const numbers = Object.values(STREAM);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('leave chained travel (an open range: chainedTravel + round) above every other purpose', () => {
    for (const [name, n] of Object.entries(STREAM)) if (name !== 'chainedTravel') expect(n).toBeLessThan(STREAM.chainedTravel);
  });

  it('finds the purpose argument of a call, and a bare number in it', () => {
    expect(purposeArguments('rng.dayKey(day, STREAM.crossing) ^ x; r.reset(day, 0, 7);')).toEqual(['STREAM.crossing', '7']);
  });

  it('are the only purposes any code in src/ passes to its streams (no bare numbers, in the engine or calibration)', () => {
    const calls = sourceFiles('src')
      .flatMap((f) => purposeArguments(readFileSync(f, 'utf8')).map((arg) => ({ file: f, arg })));
    expect(calls.length).toBeGreaterThanOrEqual(7);
    for (const { file, arg } of calls) expect({ file, arg, registered: /^STREAM\.[a-zA-Z]+( \+ .+)?$/.test(arg) }).toEqual({ file, arg, registered: true });
  });
});

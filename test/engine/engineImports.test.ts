/**
 * The engine is a computation over values: it imports no reader, recorder, store, command or run
 * machinery (callers pass recorders in and check inputs first). A quick check of every import in
 * src/engine until the dependency rules of the whole tree take over.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN = /from '(?:\.\.\/)+(recorders|scenario|store|cli|run|server|runFiles|reports|ensemble|calibration)\//;

describe('engine imports', () => {
  it('finds a forbidden import when there is one', () => {
    expect(FORBIDDEN.test("import { x } from '../../scenario/seriesMerge.js';")).toBe(true);
    expect(FORBIDDEN.test("import type { Scenario } from '../domain/scenario.js';")).toBe(false);
  });

  it('reach nothing outside the engine but domain values, settings types and errors', () => {
    const offenders = sourceFiles('src/engine').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => FORBIDDEN.test(line))
        .map((line) => `${file}: ${line}`),
    );
    expect(offenders).toEqual([]);
  });
});

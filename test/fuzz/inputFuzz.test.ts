/**
 * Issue 16 item 8: property-based mutations of two corridor scenarios (scenarios/example,
 * scenarios/western-balkans-2023) and of a Flee folder (mali2012 with the validation
 * simsetting.yml), drawn by fast-check from a fixed seed, a fixed number of cases. Every case runs
 * `corridor run` on a mutated copy for 5 days (--days 5, or Length 5 in the Flee copy) and must
 * end within LIMIT_MS (a guard against hangs, not a speed test) with exit 0, or exit 2 and a
 * message naming the mutated file (line and field when the mutation has them) or a file that
 * refers to what it defines (the rule is in fuzzScenarios.ts, the line and field rule in
 * fuzzChecks.ts); never exit 1, a signal or a hang; no control bytes printed; the input folder
 * unchanged.
 *
 * The cases run in one child process (fuzzDriver.ts) that calls the CLI's `main` for each, so a
 * hang can be cut off and the cost of starting a process is paid once. Failures are collected over
 * all cases (no shrinking) and reported together, each with its mutation, so that it can be
 * reproduced by hand.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzCaseArbitrary, filesUnder, prepareCase, type Family } from './fuzzCases.js';
import { caseProblems, folderDigest } from './fuzzChecks.js';
import { FuzzChild, type CaseOutcome } from './fuzzChild.js';
import { fuzzScenarios } from './fuzzScenarios.js';

/** Fixed; CORRIDOR_FUZZ_SEED and CORRIDOR_FUZZ_CASES change them for a longer exploration by hand. */
const SEED = Number(process.env.CORRIDOR_FUZZ_SEED ?? 16_08);
const CASES = Number(process.env.CORRIDOR_FUZZ_CASES ?? 400);
const LIMIT_MS = 15_000;
const ALL_FAMILIES: readonly Family[] = ['csv-cell', 'csv-delete-row', 'csv-duplicate-row', 'csv-swap-columns', 'csv-truncate', 'yaml-scalar', 'yaml-huge-number', 'yaml-wrong-type', 'yaml-delete-key', 'yaml-unknown-key', 'yaml-alias-bomb', 'remove-file'];

const scratch = mkdtempSync(join(tmpdir(), 'corridor-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const summary = (o: CaseOutcome): string => (o.kind === 'exited' ? `exit ${o.status}: ${o.stderr.trim().slice(0, 600)}` : o.kind);

describe('input fuzz (fixed seed)', () => {
  const scenarios = fuzzScenarios();
  const cases = fc.sample(fuzzCaseArbitrary(scenarios.length), { seed: SEED, numRuns: CASES });

  it('draws every mutation family for every folder kind', () => {
    expect(new Set(cases.map((c) => c.family))).toEqual(new Set(ALL_FAMILIES));
    expect(new Set(cases.map((c) => c.scenario)).size).toBe(scenarios.length);
  });

  it(`${CASES} mutated folders: exit 0 or a clean exit 2 naming the file, never 1, a signal or a hang; no control bytes; input unchanged`, async () => {
    const child = new FuzzChild({ CORRIDOR_STORE: join(scratch, 'store') });
    const failures: string[] = [];
    const exits = { 0: 0, 2: 0 } as Record<string, number>;
    try {
      for (const [i, c] of cases.entries()) {
        const scenario = scenarios[c.scenario];
        const dir = join(scratch, `case-${i}`, scenario.name);
        mkdirSync(dir, { recursive: true });
        const mutation = prepareCase(scenario, c, dir);
        const before = folderDigest(dir);
        const outcome = await child.run(i, ['run', dir, '--out', join(scratch, `case-${i}`, 'out'), '--no-store', ...scenario.args], LIMIT_MS);
        const problems = caseProblems(outcome, mutation, scenario.reportedIn(mutation.file), filesUnder(dir));
        if (JSON.stringify(folderDigest(dir)) !== JSON.stringify(before)) problems.push('the input folder changed');
        if (outcome.kind === 'exited') exits[outcome.status] = (exits[outcome.status] ?? 0) + 1;
        if (problems.length > 0) failures.push(`case ${i} ${scenario.name} ${mutation.file} ${mutation.family}: ${mutation.description}\n  ${problems.join('; ')}\n  ${summary(outcome)}`);
        rmSync(join(scratch, `case-${i}`), { recursive: true, force: true });
      }
    } finally {
      child.stop();
    }
    console.info(`input fuzz: ${CASES} cases, exits ${JSON.stringify(exits)}, ${failures.length} failing`);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 600_000);
});

/**
 * The architecture of src/ (issue 14): the dependency rules of .dependency-cruiser.cjs hold, they do
 * catch the imports they forbid, and docs/dependencies.md shows the import graph as it is.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ICruiseResult } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES_FILE, cruiseSource } from '../../scripts/dependencies/cruiseSource.js';
import { dependencyDocument } from '../../scripts/dependencies/folderGraph.js';
import { violatedRuleExplanations, violationLines } from '../../scripts/dependencies/violations.js';

const root = resolve(import.meta.dirname, '..', '..');

describe('dependency rules of src/ (.dependency-cruiser.cjs)', () => {
  let result: ICruiseResult;
  beforeAll(async () => {
    result = await cruiseSource(root);
  }, 60_000);

  it('reads every TypeScript file of src/', () => {
    const files = readdirSync(resolve(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const cruised = new Set(result.modules.map((m) => m.source));
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((f) => `src/${f}`).filter((f) => !cruised.has(f))).toEqual([]);
  });

  it('every import of src/ follows them', () => {
    const lines = violationLines(result);
    if (lines.length > 0) {
      expect.fail(
        [
          `${lines.length} imports break the architecture rules (rule: importing file → imported file):`,
          ...lines.map((line) => `  ${line}`),
          'Why:',
          ...violatedRuleExplanations(result).map((line) => `  ${line}`),
        ].join('\n'),
      );
    }
  });

  it('docs/dependencies.md is the current import graph (run `npm run deps:graph` if this fails)', () => {
    const written = readFileSync(resolve(root, 'docs', 'dependencies.md'), 'utf8');
    expect(written, 'docs/dependencies.md is stale: run `npm run deps:graph`').toBe(dependencyDocument(result));
  });
});

/** A tiny src/ whose every import breaks one rule, so that the rules are seen to fire. */
const BAD_SOURCE: Record<string, string> = {
  'src/engine/simulation.ts': "import { record } from '../recorders/daily.js';\nimport { read } from '../scenario/reader.js';\nimport { readFileSync } from 'node:fs';\nexport const step = (): unknown => [record, read, readFileSync];\n",
  'src/recorders/daily.ts': 'export const record = 1;\n',
  'src/scenario/reader.ts': "import { step } from '../engine/simulation.js';\nexport const read = step;\n",
  'src/store/runs.ts': "import { command } from '../cli/main.js';\nexport const runs = command;\n",
  'src/cli/main.ts': 'export const command = 1;\n',
  'src/run/pool.ts': "import { part } from './part.js';\nexport const pool = part;\n",
  'src/run/part.ts': "import { pool } from './pool.js';\nexport const part = (): unknown => pool;\n",
  'src/attic/old.ts': "import { runs } from '../store/runs.js';\nexport const old = runs;\n",
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', types: [] }, include: ['src'] }),
};

describe('the dependency rules catch the imports they forbid', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the rule each bad import breaks', async () => {
    for (const [path, text] of Object.entries(BAD_SOURCE)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const lines = violationLines(await cruiseSource(dir, resolve(root, RULES_FILE)));
    expect(lines).toEqual([
      'engine-entered-through-its-index: src/scenario/reader.ts → src/engine/simulation.ts',
      'engine-imports-no-node-module: src/engine/simulation.ts → fs',
      'engine-imports-no-reader: src/engine/simulation.ts → src/scenario/reader.ts',
      'engine-imports-no-recorder: src/engine/simulation.ts → src/recorders/daily.ts',
      'every-folder-has-a-layer: src/attic/old.ts → src/store/runs.ts',
      'no-import-cycles: src/engine/simulation.ts → src/scenario/reader.ts → src/engine/simulation.ts',
      'no-import-cycles: src/run/part.ts → src/run/pool.ts → src/run/part.ts',
      'only-cli-imports-cli: src/store/runs.ts → src/cli/main.ts',
      'readers-import-no-engine: src/scenario/reader.ts → src/engine/simulation.ts',
    ]);
  }, 60_000);
});

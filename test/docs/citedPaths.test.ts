/**
 * The documentation cites only files that exist (issue 14): every repository path in README.md,
 * docs/*.md and scenarios/*.md (`src/engine/simulation.ts`, `test/flee/equivalence*.test.ts`,
 * `docs/settings.md`), every TypeScript file named in a code span by its path inside src/
 * (`phases/travel.ts`, `network.ts`), and every relative Markdown link.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const CITABLE_ROOTS = ['src', 'test', 'bench', 'scripts', 'web', 'docs'];

/** A path from the repository root: one of the roots, then path characters (and `*` for globs). */
const ROOTED_PATH = new RegExp(`(?<![\\w./@-])((?:${CITABLE_ROOTS.join('|')})/[\\w./*-]*)`, 'g');
const CODE_SPAN = /`([^`\n]+)`/g;
/** A TypeScript file named by its path inside src/ (no root folder in front). */
const SHORT_TS_PATH = /^[\w.-]+(?:\/[\w.-]+)*\.tsx?$/;
const MARKDOWN_LINK = /\]\(([^)\s#]+)(?:#[^)]*)?\)/g;

function documents(): string[] {
  const inFolder = (folder: string): string[] =>
    readdirSync(resolve(root, folder)).filter((f) => f.endsWith('.md')).map((f) => `${folder}/${f}`);
  return ['README.md', ...inFolder('docs'), ...inFolder('scenarios')];
}

/** Every file under the citable roots, as repository paths (`src/engine/state.ts`). */
function repositoryFiles(): string[] {
  return CITABLE_ROOTS.flatMap((top) =>
    readdirSync(resolve(root, top), { recursive: true, encoding: 'utf8' })
      .filter((p) => !p.split('/').includes('node_modules') && statSync(resolve(root, top, p)).isFile())
      .map((p) => `${top}/${p}`),
  );
}

function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?|\*/g, (star) => (star === '*' ? '[^/]*' : '(?:.*/)?'));
  return new RegExp(`^${escaped}$`);
}

/** The citations of one document that name nothing in the repository, as `doc:line: path`. */
function missingCitations(doc: string, text: string, files: readonly string[]): string[] {
  const missing: string[] = [];
  const report = (index: number, path: string): void => {
    missing.push(`${doc}:${text.slice(0, index).split('\n').length}: ${path}`);
  };
  for (const m of text.matchAll(ROOTED_PATH)) {
    const path = m[1].replace(/\.+$/, '');
    if (!path.includes('.') && !path.endsWith('/')) continue; // a word like "web/" in prose, or a folder without a slash
    const found = path.includes('*') ? files.some((f) => globPattern(path).test(f)) : existsSync(resolve(root, path));
    if (!found) report(m.index, path);
  }
  for (const m of text.matchAll(CODE_SPAN)) {
    const span = m[1].trim();
    if (!SHORT_TS_PATH.test(span) || CITABLE_ROOTS.some((top) => span.startsWith(`${top}/`))) continue;
    if (!files.some((f) => f.startsWith('src/') && f.endsWith(`/${span}`))) report(m.index, span);
  }
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    const target = m[1];
    if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
    if (!existsSync(resolve(root, dirname(doc), target))) report(m.index, target);
  }
  return missing;
}

describe('paths cited by the documentation', () => {
  it('every cited file exists (fix the text or the path named here)', () => {
    const files = repositoryFiles();
    const missing = documents().flatMap((doc) => missingCitations(doc, readFileSync(resolve(root, doc), 'utf8'), files));
    expect(missing, `cited paths that do not exist (relative to ${relative(process.cwd(), root) || '.'}):`).toEqual([]);
  });

  it('the check reports paths, spans, globs and links that name nothing, and only those', () => {
    const files = ['src/engine/phases/travel.ts', 'src/engine/network.ts', 'test/flee/equivalenceMali2012.test.ts'];
    const text = [
      'Travel is in `phases/travel.ts` and `network.ts`, not in `phases/walk.ts`.',
      'Recorders were in src/observe/dailyRecorder.ts and src/observe/; see also [settings](settings.md),',
      '[the model](nothing.md#top), `test/flee/equivalence*.test.ts` and `test/flee/oracle*.test.ts`.',
    ].join('\n');
    expect(missingCitations('docs/example.md', text, files)).toEqual([
      'docs/example.md:2: src/observe/dailyRecorder.ts',
      'docs/example.md:2: src/observe/',
      'docs/example.md:3: test/flee/oracle*.test.ts',
      'docs/example.md:1: phases/walk.ts',
      'docs/example.md:3: nothing.md',
    ]);
  });
});

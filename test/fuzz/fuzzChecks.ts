/**
 * What every fuzz case must satisfy: it ends within its bound with exit 0, or exit 2 and a message
 * naming the mutated file (with its line and field when the mutation has them; a field may be
 * named by its column number, as Flee's positional columns are) or a file that
 * refers to what the mutated file defines (fuzzScenarios.ts); it prints no control bytes; and it
 * leaves its input folder byte for byte as it was.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { filesUnder, type AppliedMutation } from './fuzzCases.js';
import type { CaseOutcome } from './fuzzChild.js';

/** C0 controls other than newline and tab, DEL and C1 controls (what visibleControls escapes). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function folderDigest(dir: string): Record<string, string> {
  const digest: Record<string, string> = {};
  for (const file of filesUnder(dir)) digest[file] = createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');
  return digest;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `name` as a whole file name in the message (not the tail of a longer name). */
function mentions(text: string, name: string): boolean {
  return new RegExp(`(^|[^\\w.-])${escapeRegExp(name)}(?![\\w.-])`).test(text);
}

/** The lines of `name` the message points at (`name:LINE`). */
function linesNamed(text: string, name: string): number[] {
  const re = new RegExp(`(?:^|[^\\w.-])${escapeRegExp(name)}:(\\d+)`, 'g');
  return [...text.matchAll(re)].map((m) => Number(m[1]));
}

/** The files a message may name for this mutation: the file itself, or those in `reportedIn` (a name ending in `/` stands for every file in that folder). */
function referrerNames(reportedIn: readonly string[], caseFiles: readonly string[]): string[] {
  const names = reportedIn.flatMap((r) => (r.endsWith('/') ? caseFiles.filter((f) => f.startsWith(r)) : [r]));
  return names.map((f) => basename(f));
}

/**
 * Exit 2 must name the mutated file or one that refers to it (see fuzzScenarios.ts). When the
 * message points at lines of the mutated file and the mutation changed one line, it must point at
 * that line and name the changed field (by name or as `column N`), or quote that line as `line N`
 * (a problem found on a later row because of the changed one, e.g. dates no longer increasing).
 * A message about the file as a whole (no line: e.g. a required row now missing) has no line to give.
 */
function exit2Problems(stderr: string, m: AppliedMutation, reportedIn: readonly string[], caseFiles: readonly string[]): string[] {
  const own = basename(m.file);
  if (referrerNames(reportedIn, caseFiles).some((n) => mentions(stderr, n))) return [];
  if (!mentions(stderr, own)) return [`exit 2 without naming ${m.file} (or ${reportedIn.join(', ') || 'any other file'})`];
  const lines = linesNamed(stderr, own);
  if (m.line === undefined || lines.length === 0) return fieldProblems(stderr, m);
  if (lines.includes(m.line)) return fieldProblems(stderr, m);
  if (new RegExp(`line ${m.line}(?!\\d)`).test(stderr)) return [];
  return [`exit 2 points at ${own}:${lines.join(', ')} but not at the changed line ${m.line}`];
}

function fieldProblems(stderr: string, m: AppliedMutation): string[] {
  if (m.field === undefined || stderr.includes(m.field)) return [];
  if (m.column !== undefined && new RegExp(`column ${m.column}(?!\\d)`).test(stderr)) return [];
  return [`exit 2 names ${basename(m.file)} but not the field ${m.field}${m.column === undefined ? '' : ` (by name or as column ${m.column})`}`];
}

export function caseProblems(outcome: CaseOutcome, m: AppliedMutation, reportedIn: readonly string[], caseFiles: readonly string[]): string[] {
  if (outcome.kind === 'hung') return [`no answer within ${outcome.limitMs / 1000} s (a hang or a blow-up)`];
  if (outcome.kind === 'died') return [`the process died: exit code ${outcome.code}, signal ${outcome.signal}${outcome.stray === '' ? '' : `; it wrote: ${outcome.stray.slice(0, 400)}`}`];
  const problems: string[] = [];
  if (outcome.status !== 0 && outcome.status !== 2) problems.push(`exit ${outcome.status}`);
  if (CONTROL.test(outcome.stdout)) problems.push('control bytes on stdout');
  if (CONTROL.test(outcome.stderr)) problems.push('control bytes on stderr');
  if (outcome.status === 2) problems.push(...exit2Problems(outcome.stderr, m, reportedIn, caseFiles));
  return problems;
}

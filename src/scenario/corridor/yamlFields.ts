/**
 * Typed access to a parsed scenario.yml with the line and path of every value, so each problem
 * names file, line, YAML path and what was expected. Problems are collected, not thrown.
 */
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { closestName } from '../../text/closestName.js';
import { ALIAS_LIMIT_EXPECTED, expandYaml } from '../../text/yamlAliases.js';
import type { ProblemList } from '../../errors.js';

export type YamlPath = readonly (string | number)[];

export function pathText(path: YamlPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

export class YamlFields {
  private readonly doc: Document;
  private readonly lines: LineCounter;
  readonly root: unknown;

  constructor(
    readonly file: string,
    text: string,
    readonly problems: ProblemList,
    overrides: readonly { path: string[]; value: unknown }[] = [],
  ) {
    this.lines = new LineCounter();
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const e of this.doc.errors) {
      const line = this.lines.linePos(e.pos[0]).line;
      problems.add(`malformed YAML: ${e.message.split('\n')[0]}`, { file, line, expected: 'valid YAML' });
    }
    for (const o of overrides) this.doc.setIn(o.path, o.value);
    this.root = this.doc.errors.length > 0 ? undefined : this.expanded(file, problems);
  }

  /** The document as plain values; undefined after recording a problem when its aliases expand too far. */
  private expanded(file: string, problems: ProblemList): unknown {
    const result = expandYaml(this.doc);
    if (result.ok) return result.value;
    problems.add(result.reason, { file, line: 1, expected: ALIAS_LIMIT_EXPECTED });
    return undefined;
  }

  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  line(path: YamlPath): number | undefined {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range !== undefined && node.range !== null) return this.lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  get(path: YamlPath): unknown {
    let v: unknown = this.root;
    for (const p of path) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string | number, unknown>)[p];
    }
    return v;
  }

  problem(path: YamlPath, problem: string, expected: string): void {
    this.problems.add(problem, { file: this.file, line: this.line(path), field: pathText(path), expected });
  }

  /** Refuses keys of the map at `path` that are not in `known`, suggesting the closest. */
  checkKeys(path: YamlPath, known: readonly string[]): void {
    const v = this.get(path);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
    for (const key of Object.keys(v)) {
      if (known.includes(key)) continue;
      const near = closestName(key, known);
      this.problem([...path, key], `unknown key "${key}"${near === undefined ? '' : ` (did you mean "${near}"?)`}`, `one of ${known.join(', ')}`);
    }
  }

  map(path: YamlPath, required: boolean): Record<string, unknown> | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) {
      if (required) this.problem(path, 'missing', 'a mapping');
      return undefined;
    }
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.problem(path, `not a mapping: ${JSON.stringify(v)}`, 'a mapping of keys to values');
      return undefined;
    }
    return v as Record<string, unknown>;
  }

  list(path: YamlPath): unknown[] {
    const v = this.get(path);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.problem(path, `not a list: ${JSON.stringify(v)}`, 'a list (items starting with "- ")');
      return [];
    }
    return v;
  }

  string(path: YamlPath, required: boolean): string | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) {
      if (required) this.problem(path, 'missing', 'a text value');
      return undefined;
    }
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    this.problem(path, `not a text value: ${JSON.stringify(v)}`, 'a non-empty text value');
    return undefined;
  }
}

/**
 * Mutations of one YAML file (scenario.yml, simsetting.yml): a scalar replaced by a hostile value
 * or a huge number, a key deleted, an unknown key added, a value of the wrong type, an alias bomb
 * (anchors whose aliases expand to a billion nodes). Each returns the new text and, for the
 * mutations of one value, the key an error message about it should name.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

type Path = readonly (string | number)[];

const HOSTILE_SCALARS: readonly unknown[] = ['', -1, 0, 'abc', null, true, Number.NaN, '2999-12-31', '\u0000\u001b[2J\u0007\u009b', 'x'.repeat(100_000)];
const HUGE_NUMBERS: readonly number[] = [1e308, -1e308, Number.POSITIVE_INFINITY, 2 ** 53 + 2, 1e15, 1.2345678901234568e29];
const WRONG_TYPES: readonly unknown[] = [{ fuzz: 1 }, [1, 2], 'abc', 7];

export type YamlFamily = 'yaml-scalar' | 'yaml-huge-number' | 'yaml-wrong-type' | 'yaml-delete-key' | 'yaml-unknown-key' | 'yaml-alias-bomb';

export interface YamlChoice {
  readonly family: YamlFamily;
  readonly pick: number;
  readonly value: number;
}

export interface YamlMutation {
  readonly text: string;
  readonly description: string;
  readonly field?: string;
}

interface Shape {
  readonly scalars: Path[];
  /** The scalars that hold numbers (where a huge number is most likely to be taken in). */
  readonly numbers: Path[];
  readonly keys: Path[];
  readonly maps: Path[];
  readonly collections: Path[];
}

function collect(node: unknown, path: Path, shape: Shape): void {
  if (isMap(node)) {
    shape.maps.push(path);
    if (path.length > 0) shape.collections.push(path);
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      shape.keys.push([...path, key]);
      collect(pair.value, [...path, key], shape);
    }
  } else if (isSeq(node)) {
    if (path.length > 0) shape.collections.push(path);
    node.items.forEach((item, i) => collect(item, [...path, i], shape));
  } else if (isScalar(node) && path.length > 0) {
    shape.scalars.push(path);
    if (typeof node.value === 'number') shape.numbers.push(path);
  }
}

/** The key a message about the value at `path` should name: its last key, not a list index. */
function keyOf(path: Path): string | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return keys[keys.length - 1];
}

const show = (path: Path): string => path.join('.');
const pickFrom = <T>(list: readonly T[], n: number): T => list[n % list.length];

/** Anchors nine levels deep, ten aliases each: 10⁹ nodes once expanded. */
function aliasBomb(): string {
  const levels = ['fuzz_l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) levels.push(`fuzz_l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
  return `${levels.join('\n')}\n`;
}

function setValue(doc: Document, path: Path, value: unknown): void {
  doc.setIn(path, doc.createNode(value));
}

/**
 * Applies the mutation to the value picked by `choice.pick`; when that value holds an anchor that
 * an alias elsewhere uses (so the result cannot be written as YAML), the next value is tried.
 */
export function mutateYaml(text: string, choice: YamlChoice): YamlMutation {
  if (choice.family === 'yaml-alias-bomb') return { text: `${text.endsWith('\n') ? text : `${text}\n`}${aliasBomb()}`, description: 'alias bomb appended' };
  for (let attempt = 0; attempt < 50; attempt++) {
    const doc = parseDocument(text);
    const shape: Shape = { scalars: [], numbers: [], keys: [], maps: [], collections: [] };
    collect(doc.contents, [], shape);
    const m = mutateDocument(doc, shape, { ...choice, pick: choice.pick + attempt });
    try {
      return { ...m, text: String(doc) };
    } catch {
      // an anchor went away with the value: try the next one
    }
  }
  throw new Error('mutateYaml: no value could be changed');
}

function mutateDocument(doc: Document, shape: Shape, choice: YamlChoice): Omit<YamlMutation, 'text'> {
  if (choice.family === 'yaml-delete-key' && shape.keys.length > 0) {
    const path = pickFrom(shape.keys, choice.pick);
    doc.deleteIn(path);
    return { description: `deleted ${show(path)}` };
  }
  if (choice.family === 'yaml-unknown-key' && shape.maps.length > 0) {
    const path = pickFrom(shape.maps, choice.pick);
    doc.setIn([...path, 'fuzz_unknown_key'], 1);
    return { description: `added ${show([...path, 'fuzz_unknown_key'])}` };
  }
  if (choice.family === 'yaml-wrong-type' && choice.value % 2 === 1 && shape.collections.length > 0) {
    const path = pickFrom(shape.collections, choice.pick);
    const value = pickFrom(['abc', 7], choice.value);
    setValue(doc, path, value);
    return { description: `${show(path)} (a list or map) set to ${JSON.stringify(value)}`, field: keyOf(path) };
  }
  const huge = choice.family === 'yaml-huge-number' && shape.numbers.length > 0;
  const path = pickFrom(huge ? shape.numbers : shape.scalars, choice.pick);
  const list = choice.family === 'yaml-huge-number' ? HUGE_NUMBERS : choice.family === 'yaml-wrong-type' ? WRONG_TYPES : HOSTILE_SCALARS;
  const value = pickFrom(list, choice.value);
  setValue(doc, path, value);
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value === 'number' ? String(value) : JSON.stringify(value);
  return { description: `${show(path)} set to ${shown}`, field: keyOf(path) };
}

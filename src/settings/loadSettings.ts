/**
 * Reads simsetting.yml (flee-model.md §3) plus `--set section.key=value` overrides into a complete,
 * validated Settings value. Unknown keys, wrong types and unsupported non-default values are
 * refused with file, line, YAML path and expectation (or the `--set` option that gave them).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { ALIAS_LIMIT_EXPECTED, expandYaml, parseYamlValue } from '../text/yamlAliases.js';
import { InputError, type InputErrorDetails, ProblemList } from '../errors.js';
import { closestName } from '../text/closestName.js';
import { CATALOGUE, CATALOGUE_BY_PATH, isSectionPath, keysUnder, parentPath, type SettingEntry } from './catalogue.js';
import { checkValue } from './checkValue.js';
import type { ConflictSpawnMode, Settings } from './types.js';

type Origin = { readonly kind: 'file'; readonly line: number | undefined } | { readonly kind: 'set'; readonly text: string };

interface Given {
  readonly value: unknown;
  readonly origin: Origin;
}

export interface LoadSettingsOptions {
  /** simsetting.yml path; without it every key takes its default. */
  readonly file?: string;
  /** `section.key=value` (or `key=value` for top-level keys), applied after the file. */
  readonly overrides?: readonly string[];
}

export function loadSettings(opts: LoadSettingsOptions): Settings {
  if (opts.file === undefined) return parseSettingsText('', '(no settings file)', opts.overrides);
  if (!existsSync(opts.file) || !statSync(opts.file).isFile()) {
    throw new InputError('settings file not found', { file: opts.file, expected: 'a YAML settings file (simsetting.yml)' });
  }
  return parseSettingsText(readFileSync(opts.file, 'utf8'), opts.file, opts.overrides);
}

export function parseSettingsText(text: string, fileLabel: string, overrides: readonly string[] = []): Settings {
  const problems = new ProblemList();
  const given = new Map<string, Given>();
  const where = (path: string, origin: Origin, expected?: string): InputErrorDetails =>
    origin.kind === 'file'
      ? { file: fileLabel, line: origin.line, field: path, expected }
      : { field: `--set ${origin.text}`, expected };

  readYaml(text, fileLabel, given, problems, where);
  for (const override of overrides) applyOverride(override, given, problems, where);

  // Check every given value.
  const valid = new Map<string, unknown>();
  for (const [path, g] of given) {
    const entry = CATALOGUE_BY_PATH.get(path);
    if (entry === undefined) continue; // a top-level section
    const value = g.value === null && entry.rule.kind === 'numberList' ? [] : g.value;
    const expected = checkValue(entry.rule, value);
    if (expected !== undefined) {
      problems.add(`got ${show(g.value)}`, where(path, g.origin, expected));
      continue;
    }
    valid.set(path, value);
  }

  const floodOnly = given.get('spawn_rules.flood_zone_spawning_only');
  const conflictOnly = valid.get('spawn_rules.conflict_zone_spawning_only') ?? true;
  const bothSpawningOnly = floodOnly !== undefined && valid.get('spawn_rules.flood_zone_spawning_only') === true && conflictOnly === true;
  if (bothSpawningOnly) {
    problems.add(
      'flood_zone_spawning_only and conflict_zone_spawning_only are both true',
      where('spawn_rules.flood_zone_spawning_only', floodOnly.origin, 'at most one of them true (Flee stops otherwise)'),
    );
  }
  for (const [path, value] of valid) {
    const entry = CATALOGUE_BY_PATH.get(path);
    if (entry?.status !== 'unsupported' || isDefault(entry, value)) continue;
    if (bothSpawningOnly && path === 'spawn_rules.flood_zone_spawning_only') continue;
    const g = given.get(path);
    if (g === undefined) continue;
    problems.add(
      `${path} = ${show(value)} is known to Flee but not implemented by corridor yet`,
      where(path, g.origin, `the default ${show(entry.default)} or the key left out`),
    );
  }
  problems.throwIfAny();
  return buildSettings(valid, given.has('spawn_rules.conflict_driven_spawning'));
}

function readYaml(
  text: string,
  fileLabel: string,
  given: Map<string, Given>,
  problems: ProblemList,
  where: (path: string, origin: Origin, expected?: string) => InputErrorDetails,
): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    problems.add(`invalid YAML: ${e.message.split('\n')[0]}`, { file: fileLabel, line: e.linePos?.[0].line, expected: 'valid YAML' });
    problems.throwIfAny();
  }
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as Node | null)?.range;
    return range === undefined || range === null ? undefined : lineCounter.linePos(range[0]).line;
  };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return;
  if (!isMap(root)) {
    problems.add('the settings file is not a mapping', { file: fileLabel, line: lineOf(root), expected: 'sections such as "move_rules:" with "key: value" lines' });
    return;
  }
  const walk = (map: YAMLMap, section: string): void => {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const path = section === '' ? key : `${section}.${key}`;
      const origin: Origin = { kind: 'file', line: lineOf(pair.key) };
      const valueNode = pair.value as Node | null;
      if (isSectionPath(path)) {
        given.set(path, { value: {}, origin });
        if (valueNode === null || (isScalar(valueNode) && valueNode.value === null)) continue;
        if (!isMap(valueNode)) {
          const shown = expandYaml(doc, valueNode);
          problems.add(`got ${shown.ok ? show(shown.value) : 'a value whose ' + shown.reason}`, where(path, origin, 'a section of "key: value" lines'));
          continue;
        }
        walk(valueNode, path);
      } else if (CATALOGUE_BY_PATH.has(path)) {
        const value = valueNode === null ? { ok: true as const, value: null } : expandYaml(doc, valueNode);
        if (value.ok) given.set(path, { value: value.value, origin });
        else problems.add(value.reason, where(path, origin, ALIAS_LIMIT_EXPECTED));
      } else {
        problems.add(`unknown settings key "${path}"${suggestKey(key, section)}`, where(path, origin, 'a key Flee knows (see docs/settings.md)'));
      }
    }
  };
  walk(root, '');
}

function applyOverride(
  override: string,
  given: Map<string, Given>,
  problems: ProblemList,
  where: (path: string, origin: Origin, expected?: string) => InputErrorDetails,
): void {
  const eq = override.indexOf('=');
  const path = (eq < 0 ? override : override.slice(0, eq)).trim();
  const origin: Origin = { kind: 'set', text: path };
  if (eq < 0 || path === '') {
    problems.add(`"${override}" is not of the form section.key=value`, { field: `--set ${override}`, expected: 'section.key=value, e.g. move_rules.max_move_speed=200' });
    return;
  }
  const value = parseYamlValue(override.slice(eq + 1));
  if (!value.ok) {
    problems.add(`value is ${value.reason}`, where(path, origin, `a YAML value such as 200, true or [1, 0.5] (${ALIAS_LIMIT_EXPECTED})`));
    return;
  }
  setPath(path, value.value, origin, given, problems, where);
}

function setPath(
  path: string,
  value: unknown,
  origin: Origin,
  given: Map<string, Given>,
  problems: ProblemList,
  where: (path: string, origin: Origin, expected?: string) => InputErrorDetails,
): void {
  if (isSectionPath(path)) {
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      problems.add(`got ${show(value)}`, where(path, origin, 'a section, e.g. {key: value}'));
      return;
    }
    given.set(path, { value: {}, origin });
    markParents(path, origin, given);
    for (const [k, v] of Object.entries((value ?? {}) as Record<string, unknown>)) {
      const child = `${path}.${k}`;
      setPath(child, v, origin.kind === 'set' ? { kind: 'set', text: child } : origin, given, problems, where);
    }
    return;
  }
  if (!CATALOGUE_BY_PATH.has(path)) {
    const section = parentPath(path);
    const key = path.slice(section === '' ? 0 : section.length + 1);
    problems.add(`unknown settings key "${path}"${suggestKey(key, section)}`, where(path, origin, 'a key Flee knows (see docs/settings.md)'));
    return;
  }
  given.set(path, { value, origin });
  markParents(path, origin, given);
}

/** A key inside a subsection makes the subsection present. */
function markParents(path: string, origin: Origin, given: Map<string, Given>): void {
  for (let p = parentPath(path); p !== ''; p = parentPath(p)) {
    if (!given.has(p)) given.set(p, { value: {}, origin });
  }
}

function suggestKey(key: string, section: string): string {
  const known = (SECTION_KNOWN_KEYS.get(section) ?? []) as readonly string[];
  const sibling = closestName(key, known);
  if (sibling !== undefined) return `; did you mean "${section === '' ? sibling : `${section}.${sibling}`}"?`;
  const byLeaf = new Map(CATALOGUE.map((e) => [e.path.slice(e.path.lastIndexOf('.') + 1), e.path]));
  const leaf = closestName(key, byLeaf.keys());
  return leaf === undefined ? '' : `; did you mean "${byLeaf.get(leaf)}"?`;
}

const SECTION_KNOWN_KEYS = new Map<string, string[]>(
  ['', ...new Set(CATALOGUE.map((e) => parentPath(e.path)))].map((s) => [s, keysUnder(s)]),
);

function isDefault(entry: SettingEntry, value: unknown): boolean {
  if (entry.default === null) {
    return value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
  }
  if (Array.isArray(entry.default)) return JSON.stringify(value) === JSON.stringify(entry.default);
  return value === entry.default;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function buildSettings(valid: ReadonlyMap<string, unknown>, conflictDriven: boolean): Settings {
  const get = <T>(path: string): T => {
    const v = valid.has(path) ? valid.get(path) : CATALOGUE_BY_PATH.get(path)?.default;
    if (v === undefined) throw new Error(`settings catalogue has no key ${path}`);
    return v as T;
  };
  const num = (path: string) => get<number>(path);
  const flag = (path: string) => get<boolean>(path);
  const m = (key: string) => `move_rules.${key}`;
  const v1 = flag(m('use_v1_rules'));
  const mode = get<string>('spawn_rules.conflict_driven_spawning.spawn_mode').toLowerCase() as ConflictSpawnMode;
  const displacedPath = 'spawn_rules.conflict_driven_spawning.displaced_per_conflict_day';
  const decay = valid.get('spawn_rules.conflict_spawn_decay');
  return {
    move_rules: {
      max_move_speed: v1 ? 200 : num(m('max_move_speed')),
      max_walk_speed: num(m('max_walk_speed')),
      max_crossing_speed: num(m('max_crossing_speed')),
      foreign_weight: num(m('foreign_weight')),
      camp_weight: v1 ? 2.0 : num(m('camp_weight')),
      conflict_weight: v1 ? 0.25 : num(m('conflict_weight')),
      conflict_movechance: num(m('conflict_movechance')),
      camp_movechance: num(m('camp_movechance')),
      idpcamp_movechance: num(m('idpcamp_movechance')),
      default_movechance: num(m('default_movechance')),
      awareness_level: num(m('awareness_level')),
      capacity_buffer: num(m('capacity_buffer')),
      capacity_scaling: num(m('capacity_scaling')),
      softening: num(m('softening')),
      weight_softening: num(m('weight_softening')),
      weight_power: num(m('weight_power')),
      distance_power: num(m('distance_power')),
      pruning_threshold: num(m('pruning_threshold')),
      avoid_short_stints: v1 ? false : flag(m('avoid_short_stints')),
      start_on_foot: v1 ? false : flag(m('start_on_foot')),
      stay_close_to_home: flag(m('stay_close_to_home')),
      home_distance_power: num(m('home_distance_power')),
      use_pop_for_loc_weight: flag(m('use_pop_for_loc_weight')),
      pop_power_for_loc_weight: num(m('pop_power_for_loc_weight')),
      movechance_pop_base: num(m('movechance_pop_base')),
      movechance_pop_scale_factor: num(m('movechance_pop_scale_factor')),
      use_v1_rules: v1,
    },
    spawn_rules: {
      take_from_population: flag('spawn_rules.take_from_population'),
      insert_day0: flag('spawn_rules.insert_day0'),
      empty_camps_on_day0: flag('spawn_rules.empty_camps_on_day0'),
      conflict_zone_spawning_only: flag('spawn_rules.conflict_zone_spawning_only'),
      sum_from_camps: flag('spawn_rules.sum_from_camps'),
      conflict_spawn_decay: Array.isArray(decay) ? (decay as number[]) : [],
      conflict_spawn_decay_interval: num('spawn_rules.conflict_spawn_decay_interval'),
      conflict_driven_spawning: conflictDriven
        ? {
            spawn_mode: mode,
            displaced_per_conflict_day: valid.has(displacedPath) ? num(displacedPath) : mode === 'pop_ratio' ? 0.01 : 500,
          }
        : undefined,
      average_social_connectivity: num('spawn_rules.average_social_connectivity'),
    },
    log_levels: {
      agent: num('log_levels.agent'),
      link: num('log_levels.link'),
      camp: num('log_levels.camp'),
      init: num('log_levels.init'),
      conflict: num('log_levels.conflict'),
      idp_totals: num('log_levels.idp_totals'),
      granularity: get<string>('log_levels.granularity').toLowerCase(),
    },
    optimisations: { hasten: num('optimisations.hasten') },
    default_conflict_intensity: Math.trunc(num('default_conflict_intensity')),
  };
}

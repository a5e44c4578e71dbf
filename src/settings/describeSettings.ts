/** Renders the settings catalogue as Markdown (the content of docs/settings.md). */
import { CATALOGUE, type SettingEntry, type SettingValue } from './catalogue.js';
import { describeRule } from './checkValue.js';

const STATUS_TEXT: Readonly<Record<SettingEntry['status'], string>> = {
  implemented: 'implemented',
  inert: 'inert',
  unsupported: 'unsupported',
};

export function renderSettingsTable(): string {
  const lines = ['| key | default | status | note | values |', '|---|---|---|---|---|'];
  for (const e of CATALOGUE) {
    lines.push(`| \`${e.path}\` | ${renderDefault(e)} | ${STATUS_TEXT[e.status]} | ${e.note.replace(/\|/g, '\\|')} | ${describeRule(e.rule).replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n');
}

/** The whole docs/settings.md. */
export function renderSettingsDoc(): string {
  return [
    '# Settings keys',
    '',
    '<!-- Generated from src/settings/catalogue.ts by renderSettingsDoc(); test/settings/describeSettings.test.ts keeps it in sync. -->',
    '',
    'Every key of Flee\'s `simsetting.yml` that corridor knows, with Flee\'s default.',
    '',
    '- **implemented**: corridor reads it and the engine uses it.',
    '- **inert**: accepted; it does not change results (Flee ignores it too, or it only affects logs).',
    '- **unsupported**: Flee implements it, corridor does not yet. It is accepted at its default value and',
    '  refused with any other value.',
    '',
    'Any other key is refused, with the closest known key suggested. Values can be overridden on the',
    'command line with `--set section.key=value` (a YAML value, e.g. `--set spawn_rules.conflict_spawn_decay=[1,0.5]`).',
    '',
    'Every value is checked against the range in the last column when the settings are read (YAML aliases',
    'may expand at most 100 times). `move_rules.awareness_level` is also checked when a run starts: the',
    'number of candidate paths grows exponentially with it, and a level that would give more than 20 million',
    'on the run\'s network (about 1 GB) is refused, with the largest level that fits. See docs/input-errors.md.',
    '',
    renderSettingsTable(),
    '',
  ].join('\n');
}

function renderDefault(e: SettingEntry): string {
  if (e.rule.kind === 'section' || e.rule.kind === 'opaqueSection') return '(absent)';
  return renderValue(e.default);
}

function renderValue(v: SettingValue): string {
  if (v === null) return '(absent)';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  if (typeof v === 'string') return `\`${v}\``;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return `\`${JSON.stringify(v)}\``;
}

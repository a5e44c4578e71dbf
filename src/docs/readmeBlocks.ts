/**
 * Generated blocks of the README (between `<!-- BEGIN name -->` and `<!-- END name -->`): the policy
 * comparison of western-balkans-2023 and the assumptions of both Western Balkan scenarios. They are
 * computed from the scenario files and the code, so `npm run readme` regenerates them and a test
 * fails when the README is stale.
 */
import { runReplica } from '../run/runReplica.js';
import type { LedgerSummary } from '../recorders/types.js';
import { compareColumns, markdownTable } from '../reports/compareTable.js';
import type { CompareRow } from '../reports/compareTable.js';
import { readCorridorScenario } from '../scenario/corridor/readCorridorScenario.js';
import type { PolicySetting } from '../domain/corridor.js';
import { withPolicy } from '../scenario/corridor/withPolicy.js';
import { corridorSettings } from '../settings/corridorSettings.js';

export const README_COMPARE = { scenario: 'scenarios/western-balkans-2023', policies: ['internal-return', 'deportation', 'no-enforcement'] as PolicySetting[], seed: 1 };

/** The command that produces the same table (documented next to it). */
export const README_COMPARE_COMMAND = `npx corridor compare ${README_COMPARE.scenario} ${README_COMPARE.policies.map((p) => `--policy ${p}`).join(' ')} --seed ${README_COMPARE.seed}`;

/** The comparison table; yields to the event loop between runs (callers such as tests stay responsive). */
export async function compareBlock(root: string): Promise<string> {
  const scenario = readCorridorScenario(`${root}/${README_COMPARE.scenario}`);
  const settings = corridorSettings(scenario.corridor!);
  const rows: CompareRow[] = [];
  for (const policy of README_COMPARE.policies) {
    await new Promise((resolve) => setImmediate(resolve));
    const r = runReplica(withPolicy(scenario, policy), settings, 0, README_COMPARE.seed, undefined);
    rows.push({ policy, summaries: [r.record.ledger?.summary].filter((s): s is LedgerSummary => s !== undefined) });
  }
  return `\`${README_COMPARE_COMMAND}\`\n\n${markdownTable(compareColumns(rows))}`;
}

export function assumptionsBlock(root: string): string {
  const out: string[] = [];
  for (const name of ['western-balkans-2015', 'western-balkans-2023']) {
    const s = readCorridorScenario(`${root}/scenarios/${name}`);
    out.push(`**${name}** (${s.corridor!.assumptions.length} values marked \`source: assumption\`):`, '');
    for (const a of s.corridor!.assumptions) out.push(`- \`${a.path}\` = ${typeof a.value === 'number' ? a.value : `\`${a.value}\``}`);
    out.push('');
  }
  return out.join('\n');
}

/** Replaces the content of block `name`; throws when the README has no such block. */
export function replaceBlock(readme: string, name: string, content: string): string {
  const begin = `<!-- BEGIN ${name} -->`;
  const end = `<!-- END ${name} -->`;
  const i = readme.indexOf(begin);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README has no block ${name}`);
  return `${readme.slice(0, i + begin.length)}\n${content.trimEnd()}\n${readme.slice(j)}`;
}

export function blockContent(readme: string, name: string): string {
  const begin = `<!-- BEGIN ${name} -->`;
  const i = readme.indexOf(begin);
  const j = readme.indexOf(`<!-- END ${name} -->`);
  if (i < 0 || j < i) throw new Error(`README has no block ${name}`);
  return readme.slice(i + begin.length, j).trim();
}

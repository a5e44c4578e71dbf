/**
 * The table of a policy comparison (`corridor compare`, the README's comparison block): per
 * policy, the replica means of the ledger summary's figures, as columns and as Markdown.
 */
import type { PolicySetting } from '../domain/corridor.js';
import type { LedgerSummary } from '../recorders/types.js';
import { mean } from '../statistics/descriptive.js';

export interface CompareRow {
  readonly policy: PolicySetting;
  readonly summaries: readonly LedgerSummary[];
}

function fmt(v: number | null, digits: number): string {
  if (v === null || !Number.isFinite(v)) return 'n/a';
  return digits === 0 ? Math.round(v).toLocaleString('en-US') : v.toFixed(digits);
}

/** Replica means of each figure (n/a when no replica has it). */
function avg(summaries: readonly LedgerSummary[], f: (s: LedgerSummary) => number | null): number | null {
  const values = summaries.map(f).filter((v): v is number => v !== null && Number.isFinite(v));
  return values.length === 0 ? null : mean(values);
}

export function compareColumns(rows: readonly CompareRow[]): { header: string[]; body: string[][] } {
  const header = [
    'policy',
    'persons',
    'detections',
    'persons detected',
    'detections per detected person',
    'attempts per attempting person (mean)',
    'attempts (p90)',
    'days in transit (mean)',
    'days in transit (p90)',
    'peak reception / capacity',
    'arrived at destinations',
    'still trying',
    'removed',
  ];
  const body = rows.map((r) => {
    const s = r.summaries;
    return [
      r.policy,
      fmt(avg(s, (x) => x.persons_created), 0),
      fmt(avg(s, (x) => x.overall.detections), 0),
      fmt(avg(s, (x) => x.overall.persons_detected), 0),
      fmt(avg(s, (x) => x.overall.detections_per_detected_person), 2),
      fmt(avg(s, (x) => x.overall.attempts_per_person.mean), 2),
      fmt(avg(s, (x) => x.overall.attempts_per_person.p90), 1),
      fmt(avg(s, (x) => x.days_in_transit.mean), 1),
      fmt(avg(s, (x) => x.days_in_transit.p90), 1),
      `${fmt(avg(s, (x) => x.peak_reception_occupancy), 0)} / ${fmt(avg(s, (x) => x.reception_capacity), 0)}`,
      fmt(avg(s, (x) => x.arrived), 0),
      fmt(avg(s, (x) => x.overall.still_trying), 0),
      fmt(avg(s, (x) => x.removed), 0),
    ];
  });
  return { header, body };
}

export function markdownTable(t: { header: string[]; body: string[][] }): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(t.header), line(t.header.map((_, i) => (i === 0 ? '---' : '---:'))), ...t.body.map(line)].join('\n') + '\n';
}

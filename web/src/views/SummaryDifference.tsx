/** The ledger summaries (whole run) of two runs and their difference B − A. */
import type { LedgerSummary } from '../api/types.js';
import { formatCount, formatSigned } from './dates.js';
import { DifferenceTable } from './DifferenceTable.js';

const FIGURES: readonly [string, (s: LedgerSummary) => number | null | undefined, number][] = [
  ['persons', (s) => s.persons_created, 0],
  ['arrived at destinations', (s) => s.arrived, 0],
  ['detections', (s) => s.overall?.detections, 0],
  ['persons detected', (s) => s.overall?.persons_detected, 0],
  ['detections per detected person', (s) => s.overall?.detections_per_detected_person, 2],
  ['still trying', (s) => s.overall?.still_trying, 0],
  ['removed (deported)', (s) => s.removed, 0],
  ['days in transit (mean)', (s) => s.days_in_transit?.mean, 1],
];

function show(v: number | null | undefined, digits: number): string {
  if (v === null || v === undefined) return 'n/a';
  return digits === 0 ? formatCount(v) : v.toFixed(digits);
}

export function SummaryDifference({ a, b }: { a: LedgerSummary | null; b: LedgerSummary | null }) {
  if (a === null || b === null) return <p className="note">No border-policy ledger in {a === null ? 'A' : 'B'}: no summary to compare.</p>;
  const rows = FIGURES.map(([label, pick, digits]): [string, string, string, string] => {
    const va = pick(a);
    const vb = pick(b);
    const diff = va === null || va === undefined || vb === null || vb === undefined ? 'n/a' : digits === 0 ? formatSigned(vb - va) : (vb - va).toFixed(digits);
    return [label, show(va, digits), show(vb, digits), diff];
  });
  return <DifferenceTable caption="Whole run (ledger)" rows={rows} testId="summary-difference" />;
}

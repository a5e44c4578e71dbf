/**
 * The ledger part of summary.json (border-mechanics.md key names): for one run its summary as is;
 * for replicas, the summary of every replica plus mean, sd and 90% band of the headline figures.
 */
import { mean, sampleSd } from '../statistics/descriptive.js';
import type { LedgerSummary, RunRecord } from '../recorders/types.js';

function band(values: number[]): { mean: number; sd: number; p05: number; p95: number; values: number[] } {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];
  return { mean: mean(values), sd: sampleSd(values), p05: q(0.05), p95: q(0.95), values };
}

export function ledgerSummaryJson(records: readonly RunRecord[]): Record<string, unknown> {
  const summaries = records.map((r) => r.ledger?.summary).filter((s): s is LedgerSummary => s !== undefined);
  if (summaries.length === 0) return {};
  if (summaries.length === 1) return { ledger: summaries[0] };
  const pick = (f: (s: LedgerSummary) => number | null): ReturnType<typeof band> => band(summaries.map((s) => f(s) ?? NaN));
  return {
    ledger: {
      detections: pick((s) => s.overall.detections),
      persons_attempted: pick((s) => s.overall.persons_attempted),
      persons_detected: pick((s) => s.overall.persons_detected),
      detections_per_detected_person: pick((s) => s.overall.detections_per_detected_person),
      detections_per_attempting_person: pick((s) => s.overall.detections_per_attempting_person),
      arrived: pick((s) => s.arrived),
      still_trying: pick((s) => s.overall.still_trying),
      gave_up: pick((s) => s.overall.gave_up),
      replicas: summaries,
    },
  };
}

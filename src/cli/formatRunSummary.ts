/** The few lines `corridor run` prints when it is done. */
import type { RunCommandResult } from './runCommand.js';

function show(v: unknown, digits: number): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(digits);
  if (v !== null && typeof v === 'object' && 'mean' in v && 'sd' in v) {
    const s = v as { mean: number; sd: number };
    return `${s.mean.toFixed(digits)} ± ${s.sd.toFixed(digits)} (mean ± sd)`;
  }
  return String(v);
}

function ratio(v: number | null): string {
  return v === null ? 'n/a' : v.toFixed(2);
}

/** The ledger's headline figures (border-mechanics.md), first replica. */
function ledgerLines(r: RunCommandResult): string[] {
  const l = r.ledger;
  if (l === undefined) return [];
  const o = l.overall;
  const a = o.attempts_until_success;
  return [
    `persons created    ${l.persons_created}${l.carried_over === undefined ? '' : ` (${l.carried_over} carried over from the burn-in)`}`,
    `arrived            ${l.arrived}   removed (deported) ${l.removed}   in transfer ${l.in_transfer}   in detention ${l.in_detention}`,
    `detections         ${o.detections} of ${o.attempts} attempts`,
    `persons detected   ${o.persons_detected} of ${o.persons_attempted} who attempted a crossing`,
    `detections/person  ${ratio(o.detections_per_detected_person)} per detected person, ${ratio(o.detections_per_attempting_person)} per attempting person`,
    `attempts to cross  mean ${ratio(a.mean)}, p50 ${a.p50 ?? 'n/a'}, p90 ${a.p90 ?? 'n/a'} (${a.persons} persons who crossed); still trying ${o.still_trying}, gave up ${o.gave_up}`,
    `reception          peak ${l.peak_reception_occupancy} present of ${l.reception_capacity} places`,
  ];
}

export function formatRunSummary(r: RunCommandResult): string {
  const s = r.summary as unknown as Record<string, unknown>;
  if (r.ledger !== undefined) {
    return [
      `scenario           ${show(s.scenario, 0)}`,
      `days               ${show(s.days, 0)}   seed ${show(s.seed, 0)}   replicas ${show(s.replicas, 0)}`,
      ...ledgerLines(r),
      `wall time (s)      ${show(s.wall_s, 3)}`,
      `written to         ${r.outDir}`,
    ].join('\n') + '\n';
  }
  const lines = [
    `scenario           ${show(s.scenario, 0)}`,
    `days               ${show(s.days, 0)}`,
    `seed               ${show(s.seed, 0)}`,
    `replicas           ${show(s.replicas, 0)}`,
    `agents (final)     ${show(s.agents_final, 0)}`,
    `agent-steps        ${show(s.agent_steps, 0)}`,
    `wall time (s)      ${show(s.wall_s, 3)}`,
    `agent-steps/s      ${show(s.agent_steps_per_s, 0)}`,
    `ARD vs UNHCR       ${show(s.ard, 4)}`,
    `ARD rescaled       ${show(s.ard_rescaled, 4)}`,
    `written to         ${r.outDir}`,
  ];
  return lines.join('\n') + '\n';
}

/**
 * The last line `corridor run` and `corridor compare` print when they stored runs: the command
 * that opens the dashboard on them (naming the store only when it was given with --store).
 */
export function dashboardLine(storeDir: string, storeFlag: string | undefined): string {
  const store = storeFlag === undefined || storeFlag === '' ? '' : ` --store ${/^[\w./-]+$/.test(storeDir) ? storeDir : JSON.stringify(storeDir)}`;
  return `open the dashboard: npx corridor serve${store}\n`;
}

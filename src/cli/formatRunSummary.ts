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

export function formatRunSummary(r: RunCommandResult): string {
  const s = r.summary as unknown as Record<string, unknown>;
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

/** Reads ../shared/reference/flee-baseline.csv (Flee's measured errors and run times). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export interface BaselineRow {
  readonly scenario: string;
  readonly days: number;
  readonly agentsFinal: number;
  readonly fleeCpuSeconds: number;
  readonly fleeWallSeconds: number;
  readonly ard: number;
  readonly ardRescaled: number;
  readonly runs: number;
  readonly ardSd: number | undefined;
  readonly agentSteps: number;
}

export function readBaseline(sharedDir: string): BaselineRow[] {
  const file = join(sharedDir, 'reference', 'flee-baseline.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data.map((r) => ({
    scenario: r.scenario,
    days: Number(r.days),
    agentsFinal: Number(r.agents_final),
    fleeCpuSeconds: Number(r.flee_serial_cpu_s),
    fleeWallSeconds: Number(r.flee_wall_s),
    ard: Number(r.ard),
    ardRescaled: Number(r.ard_rescaled),
    runs: Number(r.runs),
    ardSd: r.ard_sd === '' ? undefined : Number(r.ard_sd),
    agentSteps: Number(r.agent_steps),
  }));
}

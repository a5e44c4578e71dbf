/**
 * A results store with western-balkans-2023 under two policies (`corridor compare`, shortened
 * with --days), made through the command line as a user would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliAsync } from '../cli/runCli.js';

export interface PolicyStore {
  readonly dir: string;
  /** Run ids by policy. */
  readonly runs: Readonly<Record<string, string>>;
  readonly stdout: string;
}

export async function storeTwoPolicies(days: number, policies: readonly [string, string] = ['internal-return', 'deportation']): Promise<PolicyStore> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-dashboard-store-'));
  const args = ['compare', 'scenarios/western-balkans-2023', '--days', String(days), '--threads', '1', '--store', dir, '--out', join(dir, 'compare-out')];
  for (const p of policies) args.push('--policy', p);
  const r = await runCliAsync(args);
  if (r.status !== 0) throw new Error(`corridor compare failed: ${r.stderr}`);
  const runs: Record<string, string> = {};
  for (const m of r.stdout.matchAll(/^stored (\S+)\s+run ([0-9a-f]+)/gm)) runs[m[1]] = m[2];
  return { dir, runs, stdout: r.stdout };
}

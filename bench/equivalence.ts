/**
 * `npm run equivalence`: ≥ 20 replicas of every Flee scenario, compared with Flee's reference
 * (mean ARD within 0.03 of flee-baseline.csv; mali2012 camp means at days 30/100/299 within 3
 * pooled standard errors of flee-model.md §14.2). Exits 1 naming every failing scenario, camp, day.
 */
import { readBaseline } from './baseline.js';
import { equivalenceCases } from './equivalence/cases.js';
import { checkArd, checkMaliCamps } from './equivalence/compare.js';
import { runCase } from './equivalence/runCase.js';
import { sharedDir } from './sharedDir.js';

const MALI_FLEE_SD = 0.0033;

async function main(): Promise<number> {
  const shared = sharedDir();
  const replicas = Number(process.env.EQUIVALENCE_REPLICAS ?? 20);
  const threads = Number(process.env.EQUIVALENCE_THREADS ?? 2);
  const only = process.env.EQUIVALENCE_ONLY;
  const baseline = new Map(readBaseline(shared).map((r) => [r.scenario, r]));
  const failures: string[] = [];
  process.stdout.write(`scenario                     replicas  ard(mean±sd)      flee    diff     diff/flee_sd  tolerance  result\n`);
  for (const c of equivalenceCases(shared)) {
    if (only !== undefined && !c.scenario.includes(only)) continue;
    const base = baseline.get(c.scenario);
    if (base === undefined) continue;
    const started = Date.now();
    const runs = await runCase(c, replicas, threads, 1);
    const fleeSd = base.ardSd ?? MALI_FLEE_SD;
    const check = checkArd(c.scenario, runs.ard, base.ard, fleeSd, 0.03, false);
    process.stdout.write(
      `${c.scenario.padEnd(28)} ${String(replicas).padStart(8)}  ${check.ardMean.toFixed(4)}±${check.ardSd.toFixed(4)}  ${base.ard.toFixed(4)}  ${check.difference >= 0 ? '+' : ''}${check.difference.toFixed(4)}  ${check.differenceInFleeSd.toFixed(1).padStart(12)}  ${check.tolerance.toFixed(3).padStart(9)}  ${check.pass ? 'ok' : 'FAIL'}  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
    );
    if (!check.pass) failures.push(`${c.scenario}: mean ARD ${check.ardMean.toFixed(4)} vs Flee ${base.ard} (difference ${check.difference.toFixed(4)} > ${check.tolerance})`);
    if (c.scenario === 'flee/mali2012') {
      for (const cc of checkMaliCamps(runs.records, 3)) {
        process.stdout.write(
          `    ${cc.camp.padEnd(16)} day ${String(cc.day).padStart(3)}: ours ${cc.ourMean.toFixed(1).padStart(7)} (sd ${cc.ourSd.toFixed(1)})  flee ${String(cc.fleeMean).padStart(6)} (sd ${cc.fleeSd})  z ${cc.z.toFixed(2).padStart(6)}  ${cc.pass ? 'ok' : 'FAIL'}\n`,
        );
        if (!cc.pass) failures.push(`flee/mali2012: camp ${cc.camp}, day ${cc.day}: mean ${cc.ourMean.toFixed(1)} vs Flee ${cc.fleeMean} (${cc.z.toFixed(2)} pooled standard errors)`);
      }
    }
  }
  if (failures.length > 0) {
    process.stdout.write(`\n${failures.length} check(s) failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write('\nall equivalence checks passed\n');
  return 0;
}

process.exitCode = await main();

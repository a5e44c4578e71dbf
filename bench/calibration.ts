/**
 * Calibration benchmarks (`npm run bench:calibration`), printing `metric value unit` lines and
 * writing bench-results/calibration.json:
 *
 * 1. `mali`: ABC-SMC on flee/mali2012 over three move rules with at most 2,000 simulations
 *    (particles 200, α 0.5, rms-z distance) on the local pool: total time, simulations per second.
 * 2. `split`: split-half validation on flee/{mali2012,burundi,car,ssudan}. Move rules are
 *    calibrated on the first half of each period (simulating only those days, observations
 *    dated in them, `ard` distance); the posterior medians and the scenario's own simsetting.yml
 *    are then run over the whole period and scored by Flee's ARD on the second half only.
 *    Budgets are cut for the larger scenarios (and hasten used while calibrating them), as the
 *    table printed at the end says.
 *
 * BENCH_CALIBRATION_ONLY=mali|split narrows it; BENCH_THREADS sets the worker threads (default:
 * the number of cores).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { sharedScenario } from './sharedDir.js';
import { mean } from '../src/statistics/descriptive.js';
import { validationErrors } from '../src/statistics/validationError.js';
import { DEFAULT_ABC_SMC, runAbcSmc } from '../src/calibration/abcSmc.js';
import { createDistance, type DistanceName } from '../src/calibration/distance.js';
import { createLocalEvaluator } from '../src/calibration/localEvaluator.js';
import { summarisePosterior } from '../src/calibration/posteriorSummary.js';
import { runReplicas } from '../src/run/replicaPool.js';
import { readParameters, readRunInputs, simulationSetup } from '../src/calibration/runInputs.js';
import { ensureDirSync, writeFileAtomicSync } from '../src/runFiles/atomicWrite.js';

const threads = Number(process.env.BENCH_THREADS ?? availableParallelism());
const only = process.env.BENCH_CALIBRATION_ONLY;

const MOVE_RULES = ['move_rules.camp_weight=0.5:10', 'move_rules.default_movechance=0.05:0.8', 'move_rules.conflict_movechance=0.1:1'];

interface Calibration {
  readonly medians: Record<string, number>;
  readonly ci90: Record<string, [number, number]>;
  readonly simulations: number;
  readonly wallSeconds: number;
  readonly generations: number;
  readonly stopReason: string;
}

async function calibrate(scenarioDir: string, o: { days?: number; extraSettings: string[]; particles: number; simulations: number; distance: DistanceName }): Promise<Calibration> {
  const inputs = readRunInputs({ scenarioDir, settingsFile: undefined, overrides: o.extraSettings, days: o.days, observationsFile: undefined });
  const parameters = readParameters(inputs, MOVE_RULES, o.extraSettings);
  const evaluator = createLocalEvaluator(simulationSetup(inputs, o.extraSettings), threads);
  try {
    const distance = createDistance(o.distance, inputs.observations, inputs.context.personsPerAgent);
    const r = await runAbcSmc(parameters, distance, evaluator, { ...DEFAULT_ABC_SMC, particles: o.particles, maxSimulations: o.simulations, seed: 1 }, (g) =>
      process.stderr.write(`  ${inputs.scenario.name} generation ${g.generation}: tolerance ${g.tolerance.toPrecision(4)}, ${g.simulations} simulations, acceptance ${(100 * g.acceptanceRate).toFixed(1)}%, ESS ${g.effectiveSampleSize.toFixed(0)}, ${g.wallSeconds.toFixed(1)} s\n`),
    );
    const post = summarisePosterior(parameters, r.posterior);
    return {
      medians: Object.fromEntries(post.map((p) => [p.name, p.median])),
      ci90: Object.fromEntries(post.map((p) => [p.name, [p.ci90[0], p.ci90[1]]])),
      simulations: r.simulations,
      wallSeconds: r.wallSeconds,
      generations: r.generations.length,
      stopReason: r.stopReason,
    };
  } finally {
    await evaluator.close();
  }
}

function line(metric: string, value: number, unit: string): void {
  process.stdout.write(`${metric} ${Number.isInteger(value) ? value : value.toPrecision(5)} ${unit}\n`);
}

async function maliBenchmark(): Promise<Record<string, unknown>> {
  const c = await calibrate(sharedScenario('flee/mali2012'), { extraSettings: [], particles: 200, simulations: 2000, distance: 'rms-z' });
  line('calibration.mali2012.simulations', c.simulations, 'simulations');
  line('calibration.mali2012.wall', c.wallSeconds, 's');
  line('calibration.mali2012.simulations_per_s', c.simulations / c.wallSeconds, 'simulations/s');
  return { ...c, threads };
}

interface SplitCase {
  readonly name: string;
  readonly particles: number;
  readonly simulations: number;
  /** hasten used while calibrating (scoring always uses the scenario's own settings). */
  readonly hasten: number;
  readonly scoringReplicas: number;
}

const SPLIT_CASES: readonly SplitCase[] = [
  { name: 'mali2012', particles: 100, simulations: 1000, hasten: 1, scoringReplicas: 4 },
  { name: 'burundi', particles: 80, simulations: 500, hasten: 5, scoringReplicas: 4 },
  { name: 'car', particles: 60, simulations: 360, hasten: 10, scoringReplicas: 4 },
  { name: 'ssudan', particles: 60, simulations: 360, hasten: 10, scoringReplicas: 4 },
];

async function secondHalfArd(scenarioDir: string, overrides: string[], half: number, replicas: number): Promise<{ second: number; first: number }> {
  const inputs = readRunInputs({ scenarioDir, settingsFile: undefined, overrides, days: undefined, observationsFile: undefined });
  const results = await runReplicas(inputs.scenario, inputs.settings, { replicas, threads, seed: 1, days: inputs.days });
  const ard = (from: number, to: number) => mean(results.map((r) => mean(validationErrors(r.record).perDay.normal.subarray(from, to))));
  return { first: ard(0, half), second: ard(half, inputs.days) };
}

async function splitHalf(): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const c of SPLIT_CASES) {
    const dir = sharedScenario(`flee/${c.name}`);
    const days = readRunInputs({ scenarioDir: dir, settingsFile: undefined, overrides: [], days: undefined, observationsFile: undefined }).days;
    const half = Math.floor(days / 2);
    const hasten = c.hasten > 1 ? [`optimisations.hasten=${c.hasten}`] : [];
    const cal = await calibrate(dir, { days: half, extraSettings: hasten, particles: c.particles, simulations: c.simulations, distance: 'ard' });
    const calibrated = Object.entries(cal.medians).map(([k, v]) => `${k}=${v}`);
    const own = await secondHalfArd(dir, [], half, c.scoringReplicas);
    const fitted = await secondHalfArd(dir, calibrated, half, c.scoringReplicas);
    line(`split_half.${c.name}.ard_second_half.simsetting`, own.second, 'ard');
    line(`split_half.${c.name}.ard_second_half.calibrated`, fitted.second, 'ard');
    line(`split_half.${c.name}.calibration_wall`, cal.wallSeconds, 's');
    rows.push({ scenario: c.name, days, half, budget: c, calibration: cal, simsetting: own, calibrated: fitted });
  }
  process.stdout.write('\n| scenario | days (calibrated on) | simulations (particles, hasten while calibrating) | calibrated medians | ARD 2nd half, simsetting.yml | ARD 2nd half, calibrated |\n|---|---|---|---|---|---|\n');
  for (const r of rows as { scenario: string; days: number; half: number; budget: SplitCase; calibration: Calibration; simsetting: { second: number }; calibrated: { second: number } }[]) {
    const med = Object.entries(r.calibration.medians).map(([k, v]) => `${k.replace('move_rules.', '')} ${v.toPrecision(3)}`).join(', ');
    process.stdout.write(`| ${r.scenario} | ${r.days} (${r.half}) | ${r.calibration.simulations} (${r.budget.particles}, ${r.budget.hasten}) | ${med} | ${r.simsetting.second.toFixed(4)} | ${r.calibrated.second.toFixed(4)} |\n`);
  }
  return rows;
}

const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, threads };
if (only === undefined || only === 'mali') report.mali2012 = await maliBenchmark();
if (only === undefined || only === 'split') report.splitHalf = await splitHalf();
ensureDirSync('bench-results');
writeFileAtomicSync(join('bench-results', 'calibration.json'), JSON.stringify(report, null, 2) + '\n');
process.stdout.write('written bench-results/calibration.json\n');

/**
 * `npm run posterior-ledger -- <scenario-dir> <calibration-dir> [draws]`: what a calibrated corridor
 * scenario says about persons. Draws parameter sets from the weighted posterior of
 * `corridor calibrate` (posterior.csv), runs the scenario with each (as `--set` overrides, seed =
 * draw number) and reports the posterior median and 90% interval of the ledger's headline figures:
 * persons, persons attempting and detected, detections, detections per detected person, arrivals.
 * Writes ledger-posterior.json into the calibration folder and prints a markdown table.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { runReplica } from '../src/run/runReplica.js';
import { CounterRandom } from '../src/engine/random.js';
import { writeFileAtomicSync } from '../src/runFiles/atomicWrite.js';
import { readCorridorScenario } from '../src/scenario/corridor/readCorridorScenario.js';
import { corridorSettings } from '../src/settings/corridorSettings.js';

const [scenarioDir, calibrationDir, drawsText] = process.argv.slice(2);
if (scenarioDir === undefined || calibrationDir === undefined) {
  process.stderr.write('usage: npm run posterior-ledger -- <scenario-dir> <calibration-dir> [draws]\n');
  process.exit(2);
}
const draws = Number(drawsText ?? 20);
const parsed = Papa.parse<Record<string, string>>(readFileSync(join(calibrationDir, 'posterior.csv'), 'utf8'), { header: true, skipEmptyLines: true });
const names = (parsed.meta.fields ?? []).filter((f) => f !== 'weight' && f !== 'distance');
const particles = parsed.data.map((r) => ({ values: names.map((n) => Number(r[n])), weight: Number(r.weight) }));
const total = particles.reduce((s, p) => s + p.weight, 0);
const rng = new CounterRandom(7);
rng.reset(0, 0, 0);

const figures: Record<string, number[]> = { persons: [], persons_attempted: [], persons_detected: [], detections: [], detections_per_detected_person: [], detections_per_attempting_person: [], arrived: [], still_trying: [] };
for (let k = 0; k < draws; k++) {
  let u = rng.next() * total;
  let chosen = particles[particles.length - 1];
  for (const p of particles) {
    u -= p.weight;
    if (u < 0) {
      chosen = p;
      break;
    }
  }
  const overrides = names.map((n, i) => `${n}=${chosen.values[i]}`);
  const scenario = readCorridorScenario(resolve(scenarioDir), overrides);
  const r = runReplica(scenario, corridorSettings(scenario.corridor!), k, k + 1, undefined);
  const l = r.record.ledger!.summary;
  figures.persons.push(l.persons_created);
  figures.persons_attempted.push(l.overall.persons_attempted);
  figures.persons_detected.push(l.overall.persons_detected);
  figures.detections.push(l.overall.detections);
  figures.detections_per_detected_person.push(l.overall.detections_per_detected_person ?? NaN);
  figures.detections_per_attempting_person.push(l.overall.detections_per_attempting_person ?? NaN);
  figures.arrived.push(l.arrived);
  figures.still_trying.push(l.overall.still_trying);
  process.stderr.write(`draw ${k + 1}/${draws}\n`);
}
const quantile = (v: number[], q: number): number => {
  const s = [...v].sort((a, b) => a - b);
  const x = q * (s.length - 1);
  const lo = Math.floor(x);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (x - lo);
};
const summary = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, { median: quantile(v, 0.5), ci90: [quantile(v, 0.05), quantile(v, 0.95)], values: v }]));
writeFileAtomicSync(join(calibrationDir, 'ledger-posterior.json'), JSON.stringify({ scenario: scenarioDir, draws, parameters: names, figures: summary }, null, 2) + '\n');
const fmt = (x: number, d: number): string => (d === 0 ? Math.round(x).toLocaleString('en-US') : x.toFixed(d));
const rows = Object.entries(summary).map(([k, s]) => {
  const d = k.startsWith('detections_per') ? 2 : 0;
  return `| ${k} | ${fmt(s.median, d)} | ${fmt(s.ci90[0], d)} – ${fmt(s.ci90[1], d)} |`;
});
process.stdout.write(['| figure | posterior median | 90% interval |', '|---|---:|---:|', ...rows].join('\n') + '\n');

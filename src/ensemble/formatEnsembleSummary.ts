/** What `corridor ensemble` prints: per sweep point, ARD and each series on its last day. */
import type { Band, EnsembleSummary } from './ensembleSummary.js';

export interface EnsembleCounts {
  readonly simulated: number;
  readonly alreadyStored: number;
  readonly storeDir: string;
  readonly summaryFile: string;
}

const fixed = (x: number, digits: number): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const band = (b: Band, digits: number): string => `${fixed(b.mean, digits)} [${fixed(b.p05, digits)}, ${fixed(b.p95, digits)}]`;

export function formatEnsembleSummary(s: EnsembleSummary, c: EnsembleCounts): string {
  const lines = [
    `ensemble           ${s.ensemble}`,
    `scenario           ${s.scenario}`,
    `days               ${s.days}`,
    `replicas           ${s.replicas} per point × ${s.points.length} point(s), seed ${s.seed}`,
    `simulated          ${c.simulated} (already stored: ${c.alreadyStored})`,
    `store              ${c.storeDir}`,
    `summary            ${c.summaryFile}`,
  ];
  const last = s.days - 1;
  for (const p of s.points) {
    const params = Object.entries(p.params).map(([k, v]) => `${k}=${v}`).join(' ');
    lines.push('', `point ${params === '' ? '(base settings)' : params}`);
    if (s.validation) {
      lines.push(`  ARD vs UNHCR       ${band(p.ard, 4)}   mean [90% band]`);
      lines.push(`  ARD rescaled       ${band(p.ardRescaled, 4)}`);
    }
    const width = Math.max(18, ...p.series.map((x) => `${x.family} ${x.name}`.length + 1));
    lines.push(`  ${'series, day ' + last}`.padEnd(width + 3) + 'mean [90% band]' + '   observed');
    for (const x of p.series) {
      const b = { mean: x.mean[last], p05: x.p05[last], p95: x.p95[last] };
      const observed = x.observed?.[last];
      lines.push(`  ${`${x.family} ${x.name}`.padEnd(width)} ${band(b, 1)}${observed === undefined || observed === null ? '' : `   ${observed}`}`);
    }
  }
  return lines.join('\n') + '\n';
}

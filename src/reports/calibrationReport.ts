/** The figures and HTML page of `corridor calibrate`. */
import { figure, htmlReport, htmlTable } from './htmlReport.js';
import { figureFileName, seriesFigures } from './seriesFigures.js';
import { histogramSvg, seriesChartSvg } from './svgChart.js';
import type { AbcSmcResult } from '../calibration/abcSmc.js';
import type { CalibrationResult } from '../calibration/calibrationResult.js';
import type { SimulationOutcome } from '../calibration/evaluator.js';
import type { ParameterSpec } from '../calibration/parameters.js';
import type { Observation } from '../observations/types.js';

export interface CalibrationFigure {
  readonly group: 'posterior' | 'convergence' | 'predictive';
  readonly file: string;
  readonly svg: string;
}

export function calibrationFigures(
  r: CalibrationResult,
  parameters: readonly ParameterSpec[],
  abc: AbcSmcResult,
  observations: readonly Observation[],
  predictive: readonly SimulationOutcome[],
): CalibrationFigure[] {
  const out: CalibrationFigure[] = parameters.map((p, i) => ({
    group: 'posterior' as const,
    file: `posterior_${figureFileName(p.name)}`,
    svg: histogramSvg({
      title: p.name,
      xLabel: `prior ${p.scale === 'log' ? 'log-uniform' : 'uniform'} on [${p.lower}, ${p.upper}]; bar: 90% credible interval`,
      values: abc.posterior.theta.map((t) => t[i]),
      weights: abc.posterior.weights,
      lower: p.lower,
      upper: p.upper,
      interval: r.posterior[i].ci90,
      markers: [{ x: r.posterior[i].median, label: 'median', color: '#d0562b' }],
    }),
  }));
  const gens = r.generations.filter((g) => g.tolerance !== null);
  if (gens.length > 0) {
    const x = gens.map((g) => g.generation);
    out.push({
      group: 'convergence',
      file: 'convergence_tolerance.png',
      svg: seriesChartSvg({ title: 'Tolerance per generation', yLabel: `distance (${r.method.distance})`, xLabel: 'generation', lines: [{ x, y: gens.map((g) => g.tolerance ?? NaN), label: 'tolerance ε', color: '#4a78b5' }], points: [{ x, y: gens.map((g) => g.tolerance ?? NaN), label: '', color: '#4a78b5' }], width: 420, height: 260 }),
    });
    out.push({
      group: 'convergence',
      file: 'convergence_ess_acceptance.png',
      svg: seriesChartSvg({ title: 'Acceptance rate (%) and ESS share (%)', yLabel: '%', xLabel: 'generation', lines: [
        { x, y: gens.map((g) => 100 * g.acceptance_rate), label: 'acceptance', color: '#d0562b' },
        { x, y: gens.map((g) => (100 * g.ess) / r.method.settings.particles), label: 'ESS / particles', color: '#4a78b5' },
      ], width: 420, height: 260 }),
    });
  }
  if (predictive.length > 0) {
    const dailyRuns = new Map<string, Float64Array[]>();
    for (const p of predictive) for (const [key, daily] of Object.entries(p.daily ?? {})) dailyRuns.set(key, [...(dailyRuns.get(key) ?? []), daily]);
    for (const f of seriesFigures({ observations, startDate: r.start_date, dailyRuns, valueRuns: predictive.map((p) => p.values), ensembleLabel: 'posterior predictive' })) {
      out.push({ group: 'predictive', file: `predictive_${figureFileName(f.key)}`, svg: f.svg });
    }
  }
  return out;
}

export function calibrationReportHtml(r: CalibrationResult, figures: readonly CalibrationFigure[]): string {
  const of = (g: CalibrationFigure['group']): string => figures.filter((f) => f.group === g).map((f) => figure(f.svg)).join('\n');
  const s = r.method.settings;
  return htmlReport(`Calibration: ${r.scenario}`, `${r.method.name}, distance ${r.method.distance}; ${r.simulations.abc} simulations (+${r.simulations.predictive} predictive) in ${r.wall_s.toFixed(1)} s; stopped: ${r.stop_reason}`, [
    {
      heading: 'Posterior',
      html:
        htmlTable(['parameter', 'prior low', 'prior high', 'mean', 'sd', 'median', '5%', '95%', '90% width / prior'], r.posterior.map((p) => [p.name, p.prior.lower, p.prior.upper, p.mean, p.sd, p.median, p.ci90[0], p.ci90[1], p.ci90WidthShare])) +
        of('posterior'),
    },
    {
      heading: 'Convergence',
      html:
        htmlTable(['generation', 'tolerance', 'simulations', 'acceptance', 'ESS'], r.generations.map((g) => [g.generation, g.tolerance, g.simulations, g.acceptance_rate, g.ess])) +
        of('convergence') +
        `<p class="note">Method settings: ${Object.entries(s).map(([k, v]) => `${k} = ${v}`).join(', ')}. ${r.method.references.join('; ')}.</p>`,
    },
    {
      heading: 'Posterior predictive',
      html:
        (r.predictive === null
          ? '<p>No predictive draws (--predictive 0).</p>'
          : htmlTable(['series', 'observations', 'ARD', 'MASE', 'in 90% band'], [...r.predictive.series.map((x) => [x.key, x.observations, x.ard, x.mase, x.coverage90]), ['all', r.observations.count, r.predictive.ard, r.predictive.mean_mase, r.predictive.coverage90]])) + of('predictive'),
    },
  ]);
}

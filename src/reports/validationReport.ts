/** The HTML page of `corridor validate`. */
import { figure, htmlReport, htmlTable } from './htmlReport.js';
import type { SeriesFigure } from './seriesFigures.js';
import type { ValidationResult } from '../validation/validationResult.js';

export function validationReportHtml(r: ValidationResult, figures: readonly SeriesFigure[]): string {
  const flee = r.flee;
  const fleeRows = flee === null ? [] : ([
    ['all camps', flee.ard.mean, flee.ard.sd, flee.ard_rescaled.mean, flee.ard_rescaled.sd, 1],
    ...flee.per_camp.map((c) => [c.camp, c.ard, null, c.ard_rescaled, null, c.share_of_ard]),
  ] as (string | number | null)[][]);
  const seriesRows = r.observation_errors.series.map((s) => [s.key, s.observations, s.ard, s.mase, s.coverage90]);
  return htmlReport(`Validation: ${r.scenario}`, `${r.days} days from ${r.start_date}; ${r.replicas} replicas (seeds ${r.seeds.slice(0, 5).join(', ')}${r.seeds.length > 5 ? ', …' : ''}); observations: ${r.observations.source}`, [
    ...(flee === null ? [] : [{
      heading: "Flee's validation error",
      html:
        htmlTable(['camp', 'ARD (mean)', 'ARD sd', 'rescaled ARD (mean)', 'rescaled sd', 'share of ARD'], fleeRows) +
        '<p class="note">ARD: mean over days of Σ|sim − data| / Σ data over camps (flee-model.md §9.2); per camp, its part of that sum. Rescaled: simulated camp totals scaled to the observed total each day. sd over replicas.</p>',
    }]),
    {
      heading: 'Errors per observed series',
      html:
        htmlTable(['series', 'observations', 'ARD', 'MASE', 'in 90% band'], [
          ...seriesRows,
          ['all', r.observations.count, r.observation_errors.ard, r.observation_errors.mean_mase, r.observation_errors.coverage90],
        ]) +
        '<p class="note">At the observation dates, for the mean over replicas. ARD = Σ|sim − obs| / Σ obs. MASE = mean |sim − obs| divided by the mean error of the naive forecast "the previous observation persists" (below 1: better than naive); the last row gives the mean over series. "in 90% band": share of observations between the replicas\' 5% and 95% quantiles.</p>',
    },
    { heading: 'Simulated and observed', html: figures.map((f) => figure(f.svg)).join('\n') },
  ]);
}

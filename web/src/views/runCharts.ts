/** What the run view charts: one location over time, and the whole run's ledger or totals. */
import type { ChartSpec } from '../charts/dayChart.js';
import type { LocationSeries, RunSeries } from '../api/types.js';

export function locationChartSpec(s: LocationSeries): ChartSpec {
  const lines: ChartSpec['lines'][number][] = [{ label: `${s.location} (simulated)`, values: s.present, colour: '#1f77b4' }];
  let band: readonly [number, number] | undefined;
  if (s.band !== undefined) {
    lines.push({ label: `lowest of ${s.band.replicas} replicas`, values: s.band.low, colour: 'rgba(31,119,180,0.5)' });
    lines.push({ label: `highest of ${s.band.replicas} replicas`, values: s.band.high, colour: 'rgba(31,119,180,0.5)' });
    band = [1, 2];
  }
  if (s.observed !== undefined) lines.push({ label: 'observed', values: s.observed, colour: '#111', points: true });
  return { title: `People present at ${s.location} (${s.kind})`, lines, band };
}

export function runChartSpecs(s: RunSeries): ChartSpec[] {
  const l = s.ledger;
  if (l.arrived === undefined) {
    return [{ title: 'Persons created (whole run)', lines: [{ label: 'persons created', values: s.totalAgents, colour: '#1f77b4' }] }];
  }
  return [
    {
      title: 'Persons by state',
      lines: [
        { label: 'at a location', values: l.at_location ?? [], colour: '#1f77b4' },
        { label: 'on a link', values: l.on_link ?? [], colour: '#ff7f0e' },
        { label: 'in transfer', values: l.in_transfer ?? [], colour: '#d62728' },
        { label: 'in detention', values: l.in_detention ?? [], colour: '#8c564b' },
        { label: 'arrived', values: l.arrived, colour: '#2ca02c' },
        { label: 'removed', values: l.removed ?? [], colour: '#7f7f7f' },
      ],
    },
    {
      title: 'Border crossings per day',
      lines: [
        { label: 'attempts', values: l.attempts ?? [], colour: '#7f7f7f' },
        { label: 'detections', values: l.detections ?? [], colour: '#d62728' },
        { label: 'crossed', values: l.crossed ?? [], colour: '#2ca02c' },
      ],
    },
  ];
}

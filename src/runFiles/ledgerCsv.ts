/**
 * The ledger of a corridor run as CSV files (one header row, ISO dates): persons per state per
 * day, attempts/detections/crossings per crossing per day, the apprehension event log, and
 * persons present and registrations per location per day.
 */
import { formatIsoDay, parseIsoDay } from '../domain/dates.js';
import type { RunRecord } from '../recorders/types.js';

/** A CSV field: numbers as they print, text quoted when it holds a comma, quote or line break (RFC 4180). */
function cellText(v: string | number): string {
  if (typeof v === 'number') return String(v);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function csv(fields: string[], rows: (string | number)[][]): string {
  const lines = [fields.map(cellText).join(',')];
  for (const r of rows) lines.push(r.map(cellText).join(','));
  return lines.join('\n') + '\n';
}

function dates(record: RunRecord): string[] {
  const start = parseIsoDay(record.startDate) ?? 0;
  return Array.from({ length: record.days }, (_, t) => formatIsoDay(start + t));
}

export function formatStatesCsv(record: RunRecord): string {
  const l = record.ledger;
  if (l === undefined) throw new Error('formatStatesCsv: a run without a ledger');
  const d = dates(record);
  return csv(
    ['date', 'created', 'at_location', 'on_link', 'in_transfer', 'in_detention', 'arrived', 'removed'],
    d.map((date, t) => [date, record.totalAgents[t], l.atLocation[t], l.onLink[t], l.inTransfer[t], l.inDetention[t], l.arrived[t], l.removed[t]]),
  );
}

export function formatCrossingsCsv(record: RunRecord): string {
  const l = record.ledger;
  if (l === undefined) throw new Error('formatCrossingsCsv: a run without a ledger');
  const d = dates(record);
  const C = l.crossingNames.length;
  const rows: (string | number)[][] = [];
  for (let t = 0; t < record.days; t++) {
    for (let c = 0; c < C; c++) {
      const k = t * C + c;
      if (l.attempts[k] === 0 && l.detections[k] === 0 && l.crossed[k] === 0) continue;
      rows.push([d[t], l.crossingNames[c], l.attempts[k], l.detections[k], l.crossed[k]]);
    }
  }
  return csv(['date', 'crossing', 'attempts', 'detections', 'crossed'], rows);
}

export function formatApprehensionsCsv(record: RunRecord): string {
  const l = record.ledger;
  if (l === undefined) throw new Error('formatApprehensionsCsv: a run without a ledger');
  const d = dates(record);
  const e = l.events;
  const rows: (string | number)[][] = [];
  for (let i = 0; i < e.person.length; i++) rows.push([e.person[i], d[e.day[i]], l.crossingNames[e.crossing[i]], l.outcomeNames[e.outcome[i]]]);
  return csv(['person', 'date', 'crossing', 'outcome'], rows);
}

export function formatLocationsCsv(record: RunRecord): string {
  const net = record.network;
  const l = record.ledger;
  if (net === undefined) throw new Error('formatLocationsCsv: a run without network series');
  const d = dates(record);
  const n = net.locationNames.length;
  const rows: (string | number)[][] = [];
  for (let t = 0; t < record.days; t++) {
    for (let k = 0; k < n; k++) {
      const i = t * n + k;
      rows.push([d[t], net.locationNames[k], net.locationKinds[k], net.present[i], l === undefined ? 0 : l.registrations[i], l === undefined ? 0 : l.occupancy[i]]);
    }
  }
  return csv(['date', 'location', 'kind', 'present', 'registrations', 'occupancy'], rows);
}

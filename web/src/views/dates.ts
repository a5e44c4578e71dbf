/** The calendar date of a run's day (day 0 = the run's start date), as YYYY-MM-DD. */
export function dateOfDay(startDate: string, day: number): string {
  const t = Date.parse(`${startDate}T00:00:00Z`);
  if (Number.isNaN(t)) return `day ${day}`;
  return new Date(t + day * 86_400_000).toISOString().slice(0, 10);
}

export function formatCount(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
  return Math.round(v).toLocaleString('en-US');
}

export function formatSigned(v: number): string {
  const text = formatCount(Math.abs(v));
  return v > 0 ? `+${text}` : v < 0 ? `−${text}` : '0';
}

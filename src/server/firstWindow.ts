/**
 * The short window of days a map view asks for first, from the day shown (so the first day is
 * drawn sooner; the regular windows follow). Shared by the front end, which asks for it, and the
 * server, which names it in the page's preloads.
 */
export const FIRST_WINDOW_DAYS = 4;

export function firstWindow(day: number, runDays: number): { from: number; days: number } {
  const from = Math.min(Math.max(0, day), runDays - 1);
  return { from, days: Math.min(FIRST_WINDOW_DAYS, runDays - from) };
}

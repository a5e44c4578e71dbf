/**
 * Marks the moment the view is first complete (map and charts drawn) as a performance mark and a
 * body attribute, which the end-to-end tests and bench:dashboard wait for.
 */
export function markFirstRender(): void {
  if (document.body.dataset.rendered === 'true') return;
  requestAnimationFrame(() => {
    performance.mark('dashboard-rendered');
    document.body.dataset.rendered = 'true';
  });
}

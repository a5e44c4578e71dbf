/**
 * Marks the moment the view is first complete (map and charts drawn) as a performance mark and a
 * body attribute, which the end-to-end tests and bench:dashboard wait for. Work that can wait
 * (reading days ahead) waits for it, so that it does not compete with the first render.
 */
let rendered: () => void = () => undefined;
const firstRender = new Promise<void>((resolve) => (rendered = resolve));

export function markFirstRender(): void {
  if (document.body.dataset.rendered === 'true') return;
  requestAnimationFrame(() => {
    performance.mark('dashboard-rendered');
    document.body.dataset.rendered = 'true';
    rendered();
  });
}

/** Resolves once the view has been rendered for the first time. */
export function afterFirstRender(): Promise<void> {
  return firstRender;
}

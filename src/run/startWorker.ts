/**
 * Starts a worker thread from its module's URL. Run from the TypeScript sources (tests, `tsx`),
 * the worker first registers tsx's loader in its own thread; the built JavaScript loads directly.
 */
import { Worker } from 'node:worker_threads';

export function startWorker(url: URL): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

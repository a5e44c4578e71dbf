/** The dashboard's build: web/ → dist/web (served by `corridor serve`); everything ships in it. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { outlineMeshBytes } from './outlineMesh.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** `virtual:country-outlines`: the URL of the outline mesh, computed at build time (outlineMesh.ts). */
function countryOutlines(): Plugin {
  const id = 'virtual:country-outlines';
  return {
    name: 'country-outlines',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const ref = this.emitFile({ type: 'asset', name: 'country-outlines.bin', source: outlineMeshBytes() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export default defineConfig({
  plugins: [countryOutlines()],
  root: here,
  base: '/',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
    assetsInlineLimit: 0,
  },
});

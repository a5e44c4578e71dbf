/**
 * Builds the command line into dist/bundle (`npm run build:cli`), in two steps:
 * 1. the engine (src/engine/index.ts, its public surface) as one module, dist/bundle/engine.mjs;
 * 2. the CLI and its worker entry points, split into chunks, with every import of the engine's
 *    index left as an import of ./engine.mjs.
 * Why: with plain code splitting, esbuild places modules by which entry points reach them, and
 * once other commands reached engine/random.ts without the rest of the engine it went to a chunk of
 * its own; the travel phase's stream functions and constants then came through module imports
 * across chunks, which V8 does not fold: 3.5% more instructions on flee-validation/mali2012. The
 * engine as one module keeps every hot call inside one module, whatever imports it.
 * Plain JavaScript, so that it runs with node alone on a fresh machine.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
const engineIndex = join(root, 'src', 'engine', 'index.ts');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  outExtension: { '.js': '.mjs' },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

/** Resolves imports of the engine's index (from outside the engine) to the engine's own module. */
const engineAsOneModule = {
  name: 'engine-as-one-module',
  setup(b) {
    b.onResolve({ filter: /engine\/index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return target === engineIndex ? { path: './engine.mjs', external: true } : undefined;
    });
    b.onResolve({ filter: /\/engine\// }, (args) => {
      if (args.importer.startsWith(join(root, 'src', 'engine'))) return undefined;
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      if (target.startsWith(join(root, 'src', 'engine')) && target !== engineIndex) {
        return { errors: [{ text: `${args.importer} imports ${args.path}: outside src/engine/, import the engine from src/engine/index.ts` }] };
      }
      return undefined;
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({ ...common, entryPoints: { engine: engineIndex }, outdir });
await build({
  ...common,
  entryPoints: ['src/cli/bin.ts', 'src/run/replicaWorker.ts', 'src/run/partitionWorker.ts', 'src/calibration/simulationWorker.ts'].map((p) => join(root, p)),
  outdir,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  entryNames: '[name]',
  external: ['@duckdb/node-bindings', 'msgpackr-extract', '@resvg/resvg-js'],
  plugins: [engineAsOneModule],
});

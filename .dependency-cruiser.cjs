/**
 * The architecture of src/ as dependency rules (issue 14, item 6), checked in the suite by
 * test/architecture/dependencies.test.ts and by hand with `npm run deps:check`.
 *
 * Layers, from low to high (a folder may import its own layer and the layers below it, as listed):
 *
 *   value types   errors.ts, text/, domain/       plain values and helpers, no I/O
 *   settings/     the validated settings value
 *   engine/       the model (pure computation)   scenario/   readers (files -> Scenario)
 *   recorders/    per-day aggregates of the engine's state, passed to the engine by the caller
 *   synthetic/    generated scenarios            observations/  calibration targets
 *   statistics/   pure computations on records and observations
 *   run/          one replica, pools of replicas, partitioned runs, workers, run inputs
 *   runFiles/     output files of a run           calibration/   ABC-SMC over runs
 *   validation/   validation results (runs against observed series)
 *   reports/      HTML/SVG/PNG renderings of results
 *   store/        the results store               ensemble/  replicas and sweeps over the store
 *   docs/ server/ edges below the command line
 *   cli/          the command line: the top; nothing else imports it
 *
 * Each rule's name says what is wrong when it fires; its comment says why and what to do.
 * Type-only imports count: a type is a dependency of the design even when the compiler erases it.
 */

/** Folders of src/ that hold plain values and helpers: every layer may import them. */
const VALUE_TYPES = ['errors\\.ts$', 'text/', 'domain/'];

/** A path pattern matching any of the given entries of src/ (folders end with `/`, files with `$`). */
function under(entries) {
  return `^src/(${entries.join('|')})`;
}

/** The edges that the two rules on the top of the house report: kept out of the layer rules. */
const TOP = ['cli/', 'server/'];

/**
 * One rule per folder: it may import itself and the listed entries of src/ only.
 * `name` says what the layer is for, so that a report reads as the reason.
 */
const LAYERS = [
  {
    name: 'value-types-import-only-value-types',
    from: VALUE_TYPES,
    allowed: [],
    comment: 'errors.ts, text/ and domain/ are the ground floor: plain values and helpers that every layer uses. They import only each other.',
  },
  {
    name: 'settings-import-only-value-types',
    from: ['settings/'],
    allowed: [],
    comment: 'settings/ is the validated settings value, below the engine and the readers: it imports only errors.ts, text/ and domain/ (shared input-error helpers belong there, not in scenario/).',
  },
  {
    name: 'readers-import-no-engine',
    from: ['scenario/'],
    allowed: ['settings/'],
    comment: 'scenario/ reads files into the Scenario value (domain/): it imports value types and settings only, never the engine, recorders or anything above.',
  },
  {
    name: 'synthetic-scenarios-use-only-the-engine-random-streams',
    from: ['synthetic/'],
    allowed: ['settings/', 'engine/index\\.ts$'],
    comment: 'synthetic/ generates a Scenario the way a reader would; it may draw from the engine\'s seeded streams (CounterRandom, under a purpose of the registry STREAM, through engine/index.ts) and nothing else of the engine.',
  },
  {
    name: 'recorders-read-only-engine-state',
    from: ['recorders/'],
    allowed: ['settings/', 'engine/'],
    comment: 'recorders/ turn the engine\'s state into per-day aggregates; they import the engine and value types, never a reader (scenario/), an output writer or anything above. Shared calendar helpers belong in domain/ or text/.',
  },
  {
    name: 'observations-below-statistics',
    from: ['observations/'],
    allowed: ['settings/', 'engine/', 'scenario/', 'recorders/'],
    comment: 'observations/ (calibration targets: observation values, metrics, their CSV reader) sit under statistics/, calibration/ and reports/, which use them; they import nothing from those.',
  },
  {
    name: 'statistics-is-pure-computation',
    from: ['statistics/'],
    allowed: ['settings/', 'recorders/', 'observations/'],
    comment: 'statistics/ computes on records and observations; output writers (runFiles/) use it, so it does not import them (number formatting shared with them belongs in text/).',
  },
  {
    name: 'run-layer-below-every-edge',
    from: ['run/'],
    allowed: ['settings/', 'engine/', 'scenario/', 'recorders/', 'synthetic/'],
    comment: 'run/ composes readers, engine and recorders into replicas and pools; calibration, ensemble, store, reports, docs and the commands build on it, so it imports none of them.',
  },
  {
    name: 'output-files-read-aggregates-only',
    from: ['runFiles/'],
    allowed: ['settings/', 'scenario/', 'recorders/', 'statistics/', 'run/'],
    comment: 'runFiles/ writes what recorders aggregated (outputs read only aggregates): it never imports the engine, and sits under the store, ensembles and commands.',
  },
  {
    name: 'calibration-below-reports-and-edges',
    from: ['calibration/'],
    allowed: ['settings/', 'engine/', 'scenario/', 'recorders/', 'synthetic/', 'observations/', 'statistics/', 'run/', 'runFiles/'],
    comment: 'calibration/ runs replicas (run/) against observations; reports render its results, so it never imports reports/, store/, ensemble/ or docs/.',
  },
  {
    name: 'validation-below-reports-and-edges',
    from: ['validation/'],
    allowed: ['settings/', 'engine/', 'scenario/', 'recorders/', 'synthetic/', 'observations/', 'statistics/', 'run/', 'runFiles/', 'calibration/'],
    comment: 'validation/ builds the result of validating runs against observed series (it shares the run inputs of calibration/); reports render it, so it never imports reports/, store/, ensemble/ or docs/.',
  },
  {
    name: 'reports-render-results-only',
    from: ['reports/'],
    allowed: ['settings/', 'scenario/', 'recorders/', 'observations/', 'statistics/', 'run/', 'runFiles/', 'calibration/', 'validation/'],
    comment: 'reports/ render results whose types live with the code that produces them (calibration/, validation/, statistics/, run/); they import no engine, store or ensemble.',
  },
  {
    name: 'store-below-ensemble',
    from: ['store/'],
    allowed: ['settings/', 'scenario/', 'recorders/', 'observations/', 'statistics/', 'run/', 'runFiles/'],
    comment: 'store/ keeps runs; ensemble/ and server/ build on it, so it never imports them (what a stored run needs to know about its process belongs in store/ or run/).',
  },
  {
    name: 'ensemble-below-commands',
    from: ['ensemble/'],
    allowed: ['settings/', 'engine/', 'scenario/', 'recorders/', 'synthetic/', 'observations/', 'statistics/', 'run/', 'runFiles/', 'store/'],
    comment: 'ensemble/ runs replicas and sweeps into the store; it imports no reports/, calibration/ or docs/.',
  },
  {
    name: 'docs-below-commands',
    from: ['docs/'],
    allowed: ['settings/', 'engine/', 'scenario/', 'recorders/', 'synthetic/', 'observations/', 'statistics/', 'run/', 'runFiles/', 'calibration/', 'validation/', 'reports/', 'store/', 'ensemble/'],
    comment: 'docs/ computes the README\'s generated blocks from the layers below the commands.',
  },
  {
    name: 'server-below-commands',
    from: ['server/'],
    allowed: ['settings/', 'engine/', 'scenario/', 'recorders/', 'synthetic/', 'observations/', 'statistics/', 'run/', 'runFiles/', 'calibration/', 'validation/', 'reports/', 'store/', 'ensemble/'],
    comment: 'server/ answers the dashboard from the store (and later from runs); only cli/ starts it.',
  },
];

/** Every entry of src/ placed in a layer above (cli/ is the top and may import anything). */
const PLACED = [...LAYERS.flatMap((layer) => layer.from), 'engine/', 'cli/'];

function layerRule(layer) {
  const allowedHere = [...VALUE_TYPES, ...layer.from, ...layer.allowed, ...TOP];
  return {
    name: layer.name,
    severity: 'error',
    comment: layer.comment,
    from: { path: under(layer.from) },
    to: { path: '^src/', pathNot: under(allowedHere) },
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-import-cycles',
      severity: 'error',
      comment: 'Modules that import each other (directly or through others) cannot be understood, tested or moved one at a time. Move the shared part (often a result type) to the module that produces it.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'only-cli-imports-cli',
      severity: 'error',
      comment: 'cli/ is the top edge: commands and their parsing. Nothing under src/ outside cli/ imports it; what a command shares with others (run machinery, result types, option parsers) belongs in a lower layer.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'only-cli-imports-server',
      severity: 'error',
      comment: 'server/ is an edge (the dashboard\'s HTTP API); only the command line starts it.',
      from: { path: '^src/', pathNot: '^src/(cli|server)/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'commands-are-declared-in-cli',
      severity: 'error',
      comment: 'Only cli/ declares command-line commands (commander); other folders export functions that cli/ wires into commands.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '(^|/)node_modules/commander/' },
    },
    {
      name: 'engine-entered-through-its-index',
      severity: 'error',
      comment: 'Outside src/engine/, the engine is imported from src/engine/index.ts only: its public surface, and the one module the built CLI bundles it as (scripts/buildCli.mjs), so that no hot call crosses a chunk boundary. Export what you need from index.ts.',
      from: { path: '^src/', pathNot: '^src/engine/' },
      to: { path: '^src/engine/', pathNot: '^src/engine/index\\.ts$' },
    },
    {
      name: 'engine-imports-no-reader',
      severity: 'error',
      comment: 'The engine never reads files: readers (scenario/, observations/, synthetic/) produce the Scenario value (domain/) that the caller passes to createSimulation.',
      from: { path: '^src/engine/' },
      to: { path: under(['scenario/', 'observations/', 'synthetic/']) },
    },
    {
      name: 'engine-imports-no-recorder',
      severity: 'error',
      comment: 'Recorders are passed in by the caller (run/); the engine imports nothing from recorders/.',
      from: { path: '^src/engine/' },
      to: { path: '^src/recorders/' },
    },
    {
      name: 'engine-imports-no-edge',
      severity: 'error',
      comment: 'The engine imports only value types (errors.ts, text/, domain/) and settings/: never the run layer, output files, statistics, store, calibration, ensembles, reports, docs or commands.',
      from: { path: '^src/engine/' },
      to: {
        path: '^src/',
        pathNot: under([...VALUE_TYPES, 'engine/', 'settings/', 'scenario/', 'observations/', 'synthetic/', 'recorders/', ...TOP]),
      },
    },
    {
      name: 'engine-imports-no-node-module',
      severity: 'error',
      comment: 'The engine is pure computation over typed arrays: no Node built-in (fs, path, worker_threads, child_process, ...) and no package.',
      from: { path: '^src/engine/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'pure-layers-do-no-io',
      severity: 'error',
      comment: 'errors.ts, text/, domain/, recorders/ and statistics/ compute in memory: no Node built-in (files, threads, processes).',
      from: { path: under([...VALUE_TYPES, 'recorders/', 'statistics/']) },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'src-imports-no-tooling',
      severity: 'error',
      comment: 'src/ is the product: it never imports tests, benchmarks, scripts or the web front end.',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts|web)/' },
    },
    {
      name: 'every-folder-has-a-layer',
      severity: 'error',
      comment: 'This folder of src/ is not placed in a layer of .dependency-cruiser.cjs: add it to LAYERS there (and to the README\'s layout section).',
      from: { path: '^src/', pathNot: under(PLACED) },
      to: { path: '^src/' },
    },
    ...LAYERS.map(layerRule),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'results/**', 'bench-results/**', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // No function of the product over 120 lines (issue 14): split it into named steps.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The engine never prints, never reads the clock and draws only from its seeded streams
    // (its imports are checked by .dependency-cruiser.cjs; these are globals, which imports do not show).
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'console', message: 'The engine never prints: report through the state or the recorders.' },
        { name: 'process', message: 'The engine never reads the process (environment, clock, arguments): the caller passes values in.' },
        { name: 'performance', message: 'The engine never reads the clock: results depend on (scenario, settings, seed) only.' },
        { name: 'Date', message: 'The engine never reads the clock: results depend on (scenario, settings, seed) only.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness comes from the seeded streams of engine/random.ts.' },
      ],
    },
  },
  {
    // Build scripts in plain JavaScript (scripts/buildCli.mjs runs with node alone, before any TypeScript tooling).
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { console: 'readonly', process: 'readonly' },
    },
  },
  {
    // CommonJS configuration files (.dependency-cruiser.cjs): plain JavaScript, outside the TypeScript project.
    files: ['**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
);

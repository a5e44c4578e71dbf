/** `npm run deps:graph`: regenerates docs/dependencies.md, the folder-level import graph of src/ and its rules. */
import { resolve } from 'node:path';
import { writeFileAtomicSync } from '../src/runFiles/atomicWrite.js';
import { cruiseSource } from './dependencies/cruiseSource.js';
import { dependencyDocument } from './dependencies/folderGraph.js';

const root = resolve(import.meta.dirname, '..');
const result = await cruiseSource(root);
writeFileAtomicSync(resolve(root, 'docs', 'dependencies.md'), dependencyDocument(result));
process.stdout.write(`docs/dependencies.md regenerated (${result.summary.totalCruised} modules, ${result.summary.violations.length} rule violations)\n`);

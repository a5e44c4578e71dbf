/** `npm run readme`: regenerates the computed blocks of README.md and docs/ODD.md (see src/docs/readmeBlocks.ts). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomicSync } from '../src/runFiles/atomicWrite.js';
import { assumptionsBlock, compareBlock, replaceBlock } from '../src/docs/readmeBlocks.js';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'README.md');
let readme = readFileSync(file, 'utf8');
readme = replaceBlock(readme, 'compare-2023', await compareBlock(root));
readme = replaceBlock(readme, 'assumptions', assumptionsBlock(root));
writeFileAtomicSync(file, readme);
const odd = resolve(root, 'docs', 'ODD.md');
writeFileAtomicSync(odd, replaceBlock(readFileSync(odd, 'utf8'), 'assumptions', assumptionsBlock(root)));
process.stdout.write('README.md (compare-2023, assumptions) and docs/ODD.md (assumptions) regenerated\n');

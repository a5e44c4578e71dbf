/** The README's computed blocks match what the code and scenario files give now (`npm run readme` updates them). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assumptionsBlock, blockContent, compareBlock } from '../../src/docs/readmeBlocks.js';

const root = resolve(import.meta.dirname, '..', '..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

describe('README generated blocks (run `npm run readme` if this fails)', () => {
  it('the western-balkans-2023 policy comparison is current', async () => {
    expect(blockContent(readme, 'compare-2023')).toBe((await compareBlock(root)).trim());
  });
  it('the list of assumptions is current, in the README and in docs/ODD.md', () => {
    expect(blockContent(readme, 'assumptions')).toBe(assumptionsBlock(root).trim());
    const odd = readFileSync(resolve(root, 'docs', 'ODD.md'), 'utf8');
    expect(blockContent(odd, 'assumptions')).toBe(assumptionsBlock(root).trim());
  });
});

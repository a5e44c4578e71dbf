/**
 * The README's layout section (`## Layout`, a code block of `path  description` lines) describes the
 * repository as it is: every folder directly under src/ has a line, and every line names something that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

interface LayoutLine {
  readonly path: string;
  readonly description: string;
}

/** The lines of the code block of the `## Layout` section, or undefined when there is none. */
function layoutLines(readme: string): LayoutLine[] | undefined {
  const section = /^## Layout\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1];
  const block = section === undefined ? undefined : /^```\n([\s\S]*?)^```/m.exec(section)?.[1];
  return block
    ?.split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [path, ...words] = line.trim().split(/\s+/);
      return { path, description: words.join(' ') };
    });
}

describe("the README's layout section", () => {
  const lines = layoutLines(readFileSync(resolve(root, 'README.md'), 'utf8')) ?? [];

  it('has a line for every folder directly under src/', () => {
    const folders = readdirSync(resolve(root, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `src/${e.name}/`);
    const listed = new Set(lines.map((line) => line.path));
    expect(folders.filter((folder) => !listed.has(folder)), 'folders of src/ missing from the README layout').toEqual([]);
  });

  it('names only files and folders that exist, each with a description', () => {
    expect(lines.length, 'README.md has no code block under "## Layout"').toBeGreaterThan(0);
    expect(lines.filter((line) => !existsSync(resolve(root, line.path))).map((line) => line.path), 'layout lines naming nothing').toEqual([]);
    expect(lines.filter((line) => line.description === '').map((line) => line.path), 'layout lines without a description').toEqual([]);
  });

  it('reads the lines of the layout block and stops at the next section', () => {
    const text = '# x\n## Layout\n\n```\nsrc/a/   first one\nsrc/b.ts  second\n```\n\n## Next\n```\nsrc/c/  no\n```\n';
    expect(layoutLines(text)).toEqual([
      { path: 'src/a/', description: 'first one' },
      { path: 'src/b.ts', description: 'second' },
    ]);
    expect(layoutLines('# x\n## Other\n```\nsrc/a/ x\n```\n')).toBeUndefined();
  });
});

/** Writes PNG copies of report figures into a folder (atomically, one file each). */
import { join } from 'node:path';
import { svgToPng } from './png.js';
import { ensureDirSync, writeFileAtomicSync } from '../runFiles/atomicWrite.js';

export function writePngFigures(dir: string, figures: readonly { readonly file: string; readonly svg: string }[]): string[] {
  if (figures.length === 0) return [];
  ensureDirSync(dir);
  return figures.map((f) => {
    const path = join(dir, f.file);
    writeFileAtomicSync(path, svgToPng(f.svg));
    return path;
  });
}

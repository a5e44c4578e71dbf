/** Writes PNG copies of report figures into a folder of an output set (one file each). */
import { join } from 'node:path';
import { svgToPng } from './png.js';
import type { OutputSet } from '../runFiles/outputSet.js';

export function writePngFigures(set: OutputSet, folder: string, figures: readonly { readonly file: string; readonly svg: string }[]): string[] {
  return figures.map((f) => set.write(join(folder, f.file), svgToPng(f.svg)));
}

/**
 * Writing an output folder as a unit: every file goes into a temporary sibling folder, the marker
 * file last, and the finished folder is swapped into place (outputSwap.ts). A reader of the folder
 * sees the old set or the new set, never a mix; a failure removes the temporary folder and leaves
 * the old set as it was; leftovers of a killed run are cleaned up first (outputLeftovers.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureDirSync, toInputError, writeFileAtomicSync } from './atomicWrite.js';
import { cleanLeftovers } from './outputLeftovers.js';
import { OUTPUT_MARKER, markerText } from './outputMarker.js';
import { outputFaultPoint } from './outputFaults.js';
import { internalFaultPoint } from '../run/internalFaults.js';
import { siblingPath } from './outputSiblings.js';
import { swapIntoPlace } from './outputSwap.js';

/** The files of one output set, written under their final names. */
export interface OutputSet {
  /** Writes `relPath` (sub-folders are created) and returns the path it will have once in place. */
  write(relPath: string, data: string | Uint8Array): string;
}

function temporarySet(tmp: string, target: string): OutputSet {
  return {
    write(relPath, data) {
      const path = join(tmp, relPath);
      ensureDirSync(dirname(path));
      writeFileAtomicSync(path, data);
      outputFaultPoint('file-written');
      internalFaultPoint('output-file');
      return join(target, relPath);
    },
  };
}

/**
 * Writes the output set that `fill` produces into `target` (absolute, checked by
 * `checkOutputTarget`), replacing what an earlier command wrote there as a whole.
 * `writtenBy` (e.g. `corridor run`) goes into the marker file.
 */
export function writeOutputSet<T>(target: string, writtenBy: string, fill: (set: OutputSet) => T): T {
  ensureDirSync(dirname(target));
  onFileSystem(() => cleanLeftovers(target), target, 'clean up what an interrupted run left beside the output folder');
  const tmp = siblingPath(target, 'tmp');
  try {
    ensureDirSync(tmp);
    outputFaultPoint('temp-created');
    const result = fill(temporarySet(tmp, target));
    const entries = readdirSync(tmp).sort();
    writeFileAtomicSync(join(tmp, OUTPUT_MARKER), markerText({ writtenBy, entries }));
    outputFaultPoint('files-written');
    onFileSystem(() => swapIntoPlace(tmp, target), target, 'put the output folder in place');
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function onFileSystem(action: () => void, target: string, what: string): void {
  try {
    action();
  } catch (e) {
    throw toInputError(e, target, what);
  }
}

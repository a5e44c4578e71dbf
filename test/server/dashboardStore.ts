/** A store of three replicas of the hand-built run (4 locations, 3 links, 6 days) and a stand-in front end. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handBuiltRun } from '../store/handBuiltRecord.js';
import { openStoreWriter } from '../../src/store/storeWriter.js';

export const DAYS = 6;

export async function handBuiltStore(): Promise<{ dir: string; runIds: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-serve-store-'));
  const runs = [0, 1, 2].map((k) => handBuiltRun(k, DAYS));
  const w = await openStoreWriter(dir);
  await w.commit(runs);
  w.close();
  return { dir, runIds: runs.map((r) => r.runId) };
}

/** A built-front-end stand-in: index.html and one asset. */
export function fakeWebDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-serve-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>dashboard</title></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(join(dir, 'assets', 'app-1234.js.map'), '{}');
  return dir;
}

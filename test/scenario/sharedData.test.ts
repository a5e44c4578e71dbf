import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedDir, sharedScenario } from '../helpers/sharedData.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('sharedData helper', () => {
  it('finds the shared folder next to the repository', () => {
    expect(sharedScenario('flee/mali2012')).toMatch(/scenarios\/flee\/mali2012$/);
  });

  it('says which path it expected when CORRIDOR_SHARED_DIR points nowhere', () => {
    vi.stubEnv('CORRIDOR_SHARED_DIR', '/nonexistent/corridor-shared');
    expect(() => sharedDir()).toThrow('shared data folder not found: expected /nonexistent/corridor-shared (from CORRIDOR_SHARED_DIR)');
  });
});

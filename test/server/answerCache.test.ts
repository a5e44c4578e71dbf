import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../src/server/answerCache.js';

describe('answer cache', () => {
  it('answers a repeated question from memory until its time is up, and never keeps a failure', async () => {
    let clock = 0;
    let loads = 0;
    const cache = createAnswerCache(2, 1000, () => clock);
    const load = () => Promise.resolve(++loads);
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
    clock = 1000;
    expect(await cache.get('a', load)).toBe(2);
    await expect(cache.get('b', () => Promise.reject(new Error('store gone')))).rejects.toThrow('store gone');
    expect(await cache.get('b', load)).toBe(3);
    expect(await cache.get('c', load)).toBe(4);
    expect(await cache.get('a', load)).toBe(5); // the oldest of three entries went when the third came
  });
});

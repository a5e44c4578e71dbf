/**
 * Recent answers kept for a short while (a stored run never changes, but more replicas of it may be
 * stored, which changes its description and bands): the views of one run ask for the same run,
 * series and location again and again. Failed loads are not kept.
 */
export interface AnswerCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export function createAnswerCache(maxEntries: number, ttlMs: number, now: () => number = Date.now): AnswerCache {
  const entries = new Map<string, { value: Promise<unknown>; at: number }>();
  return {
    get: <T>(key: string, load: () => Promise<T>): Promise<T> => {
      const found = entries.get(key);
      if (found !== undefined && now() - found.at < ttlMs) {
        entries.delete(key);
        entries.set(key, found);
        return found.value as Promise<T>;
      }
      const value = load();
      entries.set(key, { value, at: now() });
      void value.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}

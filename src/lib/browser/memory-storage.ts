import type { StorageLike } from './storage';

/**
 * localStorage in memory, for tests (one fake for the whole tree). With a `limit`, it refuses a write the way
 * Chromium does once keys and values together pass that many UTF-16 code units (QuotaExceededError).
 */
export function memoryStorage(limit = Infinity): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      if (limit !== Infinity) {
        const used = [...data].reduce((n, [a, b]) => n + (a === k ? 0 : a.length + b.length), 0);
        if (used + k.length + v.length > limit) {
          const e = new Error('The quota has been exceeded.');
          e.name = 'QuotaExceededError';
          throw e;
        }
      }
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

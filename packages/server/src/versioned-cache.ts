/**
 * A small least-recently-used cache whose entries live as long as one store version: the first
 * call after a write finds it empty. Pending computations are shared, so concurrent requests for
 * the same key wait for one computation; a failure is not kept.
 */
export interface VersionedCache<T> {
  /** The value for `key` at the current version, computed (once) when missing. */
  get(key: string, compute: () => Promise<T>): Promise<T>;
  /** The value if it is already computed for the current version. */
  peek(key: string): Promise<T> | undefined;
  readonly size: number;
}

export function createVersionedCache<T>(
  version: () => number,
  maxEntries: number,
): VersionedCache<T> {
  let at = version();
  const entries = new Map<string, Promise<T>>();
  const current = (): Map<string, Promise<T>> => {
    const now = version();
    if (now !== at) {
      entries.clear();
      at = now;
    }
    return entries;
  };
  return {
    get(key, compute) {
      const map = current();
      const found = map.get(key);
      if (found) {
        // Most recently used last.
        map.delete(key);
        map.set(key, found);
        return found;
      }
      const computedAt = at;
      const pending = compute();
      map.set(key, pending);
      pending.catch(() => {
        if (at === computedAt && map.get(key) === pending) map.delete(key);
      });
      while (map.size > maxEntries) {
        const oldest = map.keys().next().value;
        if (oldest === undefined) break;
        map.delete(oldest);
      }
      return pending;
    },
    peek(key) {
      return current().get(key);
    },
    get size() {
      return entries.size;
    },
  };
}

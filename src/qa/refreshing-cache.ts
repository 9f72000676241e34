/** A value loaded on first use and reloaded in the background once stale, so no request waits on a reload. */
export interface RefreshingCache<T> {
  get(): Promise<T>;
  /** Drops the value: the next `get` loads afresh and waits for it (after indexing, the old value is wrong). */
  invalidate(): void;
}

/**
 * Serves the cached value while a reload runs once it is older than `maxAgeMs`. A failed background
 * reload is reported and the old value kept; a failed first load rejects the `get`.
 */
export function createRefreshingCache<T>(
  load: () => Promise<T>,
  maxAgeMs: number,
  opts: { now?: () => number; onError?: (err: unknown) => void } = {},
): RefreshingCache<T> {
  const now = opts.now ?? Date.now;
  let current: { at: number; value: Promise<T> } | undefined;
  let reloading = false;
  let generation = 0;

  return {
    get() {
      if (!current) {
        const value = load();
        current = { at: now(), value };
        const gen = generation;
        // A failed first load must not stay cached.
        value.catch(() => {
          if (gen === generation && current?.value === value) current = undefined;
        });
        return value;
      }
      if (!reloading && now() - current.at >= maxAgeMs) {
        reloading = true;
        const gen = generation;
        load()
          .then((v) => {
            if (gen === generation) current = { at: now(), value: Promise.resolve(v) };
          })
          .catch((err: unknown) => opts.onError?.(err))
          .finally(() => {
            reloading = false;
          });
      }
      return current.value;
    },
    invalidate() {
      generation++;
      current = undefined;
      reloading = false;
    },
  };
}

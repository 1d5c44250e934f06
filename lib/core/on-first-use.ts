/** A function that computes `load()` on its first call and returns the same value afterwards. */
export function onFirstUse<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

/**
 * An object whose property `key` is `loaders[key]()`, computed when it is first read and kept
 * (a plain property from then on): a table of modules loaded on first use, one line per entry.
 */
export function onFirstRead<T extends Record<string, () => unknown>>(
  loaders: T,
): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const record = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(loaders) as (keyof T & string)[]) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = loaders[key]!();
        Object.defineProperty(record, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return record;
}

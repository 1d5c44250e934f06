/** A function that computes `load()` on its first call and returns the same value afterwards. */
export function onFirstUse<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

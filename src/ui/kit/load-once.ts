/**
 * Wraps a loader (a dynamic import, a storage API) so every caller shares one promise; a failure
 * is forgotten, so the next call tries again (a chunk that could not be fetched may come later).
 */
export function loadOnce<T>(loader: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= loader().catch((e: unknown) => ((pending = undefined), Promise.reject(e))));
}

/** Something loaded from storage: undefined while loading, 'failed' when it could not be read. */
export type Loaded<T> = T | 'failed' | undefined;

/** Narrows a loaded list (Array.isArray would widen a readonly list to any[]). */
export function isLoaded<T>(value: Loaded<readonly T[]>): value is readonly T[] {
  return typeof value === 'object';
}

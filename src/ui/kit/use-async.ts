import { useEffect, useState, type Inputs } from 'preact/hooks';
import type { Loaded } from './loaded';

/**
 * Starts `load` and hands its result, or 'failed' when it throws or rejects, to `set` — unless the
 * returned stop function was called first (the screen moved on), so a late answer never
 * overwrites a newer one.
 */
export function startLoad<T>(load: () => Promise<T>, set: (value: T | 'failed') => void): () => void {
  let live = true;
  new Promise<T>((resolve) => resolve(load())).then(
    (value) => live && set(value),
    () => live && set('failed'),
  );
  return () => {
    live = false;
  };
}

/**
 * The result of `load`, run again whenever `deps` change: undefined until the first answer, the
 * previous answer while a new one loads (no flicker), 'failed' when it failed; an answer for
 * old deps is dropped.
 */
export function useAsync<T>(load: () => Promise<T>, deps: Inputs): Loaded<T> {
  const [value, setValue] = useState<T | 'failed'>();
  // An updater function, so a loaded value that is itself a function is stored, not called.
  useEffect(() => startLoad(load, (v) => setValue(() => v)), deps);
  return value;
}

// An unlocked secret (office keys, a district root) for one working session. It lives only in
// module memory: never in IndexedDB and never in component state (a screen that unmounts must
// not drop or keep it by accident). Inactivity or "Sperren" forgets it.
import { createStore, type Store } from './store';

/** The session: the unlocked secret, or none (locked). */
export interface IdleSession<K> {
  readonly keys?: K;
  /** Why the last lock happened: staff pressed "Sperren" or the idle timer ran out. */
  readonly lockedBy?: 'staff' | 'idle';
}

/** One area's idle lock. */
export interface IdleLock<K> {
  /** The session store (screens subscribe to show locked/unlocked). */
  readonly store: Store<IdleSession<K>>;
  /** Starts a session with the unlocked secret; it locks after `idleMinutes` without activity. */
  unlock(keys: K, idleMinutes: number): void;
  /** Forgets the secret now. */
  lock(by?: 'staff' | 'idle'): void;
  /** Staff did something: the idle timer starts again (only while unlocked). */
  touch(): void;
  /** Changes the idle timeout of a running session. */
  setIdleMinutes(minutes: number): void;
}

/** Creates an idle lock (one per area, at module level). */
export function createIdleLock<K>(): IdleLock<K> {
  const store = createStore<IdleSession<K>>({});
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idleMs = 15 * 60_000;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => lock('idle'), idleMs);
  };
  const lock = (by: 'staff' | 'idle' = 'staff') => {
    clearTimeout(timer);
    timer = undefined;
    if (store.get().keys || store.get().lockedBy !== by) store.set({ lockedBy: by });
  };
  const touch = () => {
    if (store.get().keys) arm();
  };
  return {
    store,
    unlock(keys, idleMinutes) {
      idleMs = idleMinutes * 60_000;
      store.set({ keys });
      arm();
    },
    lock,
    touch,
    setIdleMinutes(minutes) {
      idleMs = minutes * 60_000;
      touch();
    },
  };
}

/** Counts any pointer or key input on the page as activity; returns the unsubscribe. */
export function onActivity(touch: () => void): () => void {
  document.addEventListener('pointerdown', touch);
  document.addEventListener('keydown', touch);
  return () => {
    document.removeEventListener('pointerdown', touch);
    document.removeEventListener('keydown', touch);
  };
}

// The unlocked office keys of one working session. They live only here, in module memory:
// never in IndexedDB and never in component state (a screen that unmounts must not drop or
// keep them by accident). Inactivity or "Sperren" forgets them.
import type { UnlockedKeys } from '../../storage/office-keys';
import { createStore } from '../store';

/** The session: the unlocked keys, or none (locked). */
export interface OfficeSession {
  readonly keys?: UnlockedKeys;
  /** Why the last lock happened: staff pressed "Sperren" or the idle timer ran out. */
  readonly lockedBy?: 'staff' | 'idle';
}

/** The office session store (screens subscribe to show locked/unlocked). */
export const sessionStore = createStore<OfficeSession>({});

let timer: ReturnType<typeof setTimeout> | undefined;
let idleMs = 15 * 60_000;

function arm(): void {
  clearTimeout(timer);
  timer = setTimeout(() => lockSession('idle'), idleMs);
}

/** Starts a session with the unlocked keys; it locks after `idleMinutes` without activity. */
export function unlockSession(keys: UnlockedKeys, idleMinutes: number): void {
  idleMs = idleMinutes * 60_000;
  sessionStore.set({ keys });
  arm();
}

/** Forgets the keys now. */
export function lockSession(by: 'staff' | 'idle' = 'staff'): void {
  clearTimeout(timer);
  timer = undefined;
  if (sessionStore.get().keys || sessionStore.get().lockedBy !== by) sessionStore.set({ lockedBy: by });
}

/** Staff did something: the idle timer starts again (only while unlocked). */
export function touchSession(): void {
  if (sessionStore.get().keys) arm();
}

/** Changes the idle timeout of a running session. */
export function setIdleMinutes(minutes: number): void {
  idleMs = minutes * 60_000;
  touchSession();
}

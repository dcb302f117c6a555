// The unlocked office keys of one working session, behind the shared idle lock (kit/idle-lock.ts).
import type { UnlockedKeys } from '../../storage/office/office-keys';
import { createIdleLock, type IdleSession } from '../kit/idle-lock';

/** The session: the unlocked keys, or none (locked). */
export type OfficeSession = IdleSession<UnlockedKeys>;

const office = createIdleLock<UnlockedKeys>();

/** The office session store (screens subscribe to show locked/unlocked). */
export const sessionStore = office.store;
/** Starts a session with the unlocked keys; it locks after `idleMinutes` without activity. */
export const unlockSession = office.unlock;
/** Forgets the keys now. */
export const lockSession = office.lock;
/** Staff did something: the idle timer starts again (only while unlocked). */
export const touchSession = office.touch;
/** Changes the idle timeout of a running session. */
export const setIdleMinutes = office.setIdleMinutes;

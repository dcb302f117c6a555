// The coordinator's unlocked district root of one working session, behind the same idle lock as
// the office's keys (kit/idle-lock.ts): in module memory only, forgotten on "Sperren" or
// after the configured minutes without input.
import type { KeyPair } from '../../core';
import type { DistrictRootRow } from '../../storage/coordinator/coordinator-api';
import { createIdleLock } from '../kit/idle-lock';

/** The unlocked root of the session. */
export interface Session {
  readonly row: DistrictRootRow;
  readonly keys: KeyPair;
}

/** The coordinator's idle lock. */
export const coordinatorLock = createIdleLock<Session>();

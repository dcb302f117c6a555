// The coordinator's closed problem codes, in a module without imports: the setup and unlock
// screens test for them before storage (Dexie, core) has loaded.

/** Why a root could not be made, opened or restored. */
export type RootProblem = 'bad-district' | 'bad-name' | 'exists' | 'wrong-passphrase' | 'not-a-backup' | 'unknown';

/** Thrown with a closed reason code the UI turns into a message. */
export class RootError extends Error {
  constructor(readonly code: RootProblem) {
    super(code);
  }
}

// The closed set of reasons a check can fail for. The UI maps each code to a sentence in
// the user's language; nothing shows an exception text to a person.
import { decodeReason } from '../decode-reason';

/** Every reason a signed object can be refused. */
export const REASONS = [
  'bad-signature',
  'unknown-issuer',
  'certificate-not-yet-valid',
  'certificate-expired',
  'issuer-revoked',
  'withdrawn',
  'type-not-allowed',
  'wrong-holder',
  'person-mismatch',
  'stale',
  'future-dated',
  'malformed',
  'unsupported-version',
] as const;
/** A reason code. */
export type Reason = (typeof REASONS)[number];

/** Maps anything a decoder threw to a reason; unexpected errors are re-thrown (they are bugs). */
export function reasonOf(e: unknown): 'malformed' | 'unsupported-version' {
  return decodeReason(e, ['unsupported-version']);
}

/** Clock settings of a check: `now` and allowed skew in seconds since 1970 UTC. */
export interface Clock {
  /** The time of the check (a parameter, never read from the system inside core). */
  readonly now: number;
  /** How far a timestamp may lie in the future before it is 'future-dated' (default 300 s; for a card or presentation at most HOLDER_SKEW). */
  readonly skew?: number;
}

/** Default clock skew between two devices for stamps, in seconds. */
export const DEFAULT_SKEW = 300;

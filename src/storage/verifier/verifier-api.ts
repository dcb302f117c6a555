// What the verifier screens need from storage: the device's trust (pinned roots + lists), its
// verifier settings, and a check of an assembled payload. Nothing of a holder is ever written:
// results go back to the caller and live in screen memory only. create-verifier-api.ts implements it.
import { DEFAULT_PRESENTATION_MAX_AGE, MAX_HOLDER_AGE, type CheckMode, type CheckResult, type TrustAnchor, type TrustList, type WireKind } from '../../core';
import type { TrustImportOutcome, TrustInput, TrustListStatus } from '../trust-source';

export type { TrustImportOutcome, TrustInput, TrustListStatus };

/** The verifier's device settings. */
export interface VerifierSettings {
  /** Allowed age of a live presentation, seconds. */
  readonly maxAge: number;
  /** A shown result is cleared after this many seconds without input. */
  readonly idleTimeout: number;
  /** A trust list older than this many days gets a warning. */
  readonly trustWarnDays: number;
  /** Trust the public DEMO district (shared with the holder's setting of the same name). */
  readonly demoMode: boolean;
}

/** Defaults: a presentation stays fresh 5 minutes, a result is cleared after 5 idle minutes, lists warn after 90 days. */
export const DEFAULT_VERIFIER_SETTINGS: VerifierSettings = { maxAge: DEFAULT_PRESENTATION_MAX_AGE, idleTimeout: 300, trustWarnDays: 90, demoMode: false };

/** Bounds of the numeric settings, so a typo cannot switch a check off (e.g. a max age of a year). */
export const VERIFIER_LIMITS = {
  maxAge: [60, MAX_HOLDER_AGE],
  idleTimeout: [60, 3600],
  trustWarnDays: [1, 730],
} as const satisfies Record<string, readonly [number, number]>;

/** The verifier's storage API. */
export interface VerifierApi {
  settings(): Promise<VerifierSettings>;
  /** Saves the given settings (numbers clamped to VERIFIER_LIMITS) in one transaction; returns all settings. */
  saveSettings(change: Partial<VerifierSettings>): Promise<VerifierSettings>;
  /** Judges an assembled payload under the current trust and settings; `now` in seconds since 1970. */
  check(kind: Exclude<WireKind, 'frame'>, bytes: Uint8Array, mode: CheckMode, now: number): Promise<CheckResult>;
  /** The anchors and current lists a check runs under now, as plain data (for a check in a worker). */
  trustState(): Promise<{ readonly anchors: readonly TrustAnchor[]; readonly lists: readonly TrustList[] }>;
  /** The trust lists in force. */
  trustLists(): Promise<TrustListStatus[]>;
  /** Imports a trust list (payload text, trust file or the payload the scanner assembled); a lower version never replaces a higher one. */
  importTrust(input: TrustInput, now: number): Promise<TrustImportOutcome>;
}

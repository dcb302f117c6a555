// What the verifier screens need from storage: the device's trust (pinned roots + lists), its
// verifier settings, and a check of an assembled payload. Nothing of a holder is ever written:
// results go back to the caller and live in screen memory only.
import { bestVerifier, checkPayload, DEFAULT_PRESENTATION_MAX_AGE, MAX_HOLDER_AGE, type CheckMode, type CheckResult, type TrustAnchor, type TrustList, type WireKind } from '../core';
import { appDb, appTrust } from './app-db';
import type { BbpassDb } from './db';
import type { TrustImportOutcome, TrustInput, TrustListStatus, TrustSource } from './trust-source';

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

// Settings share the one `settings` table; the verifier's keys are prefixed, demoMode is the device's.
const KEYS = { maxAge: 'verifier.maxAge', idleTimeout: 'verifier.idleTimeout', trustWarnDays: 'verifier.trustWarnDays', demoMode: 'demoMode' } as const;

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

function clamp(key: keyof typeof VERIFIER_LIMITS, v: unknown): number {
  const [lo, hi] = VERIFIER_LIMITS[key];
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : DEFAULT_VERIFIER_SETTINGS[key];
  return Math.min(hi, Math.max(lo, n));
}

/** Creates the verifier API (default: the app's database and trust source). */
export function createVerifierApi(db: BbpassDb = appDb(), trust: TrustSource = appTrust()): VerifierApi {
  const settings = async (): Promise<VerifierSettings> => {
    const rows = await db.settings.bulkGet(Object.values(KEYS));
    const [maxAge, idleTimeout, trustWarnDays, demoMode] = rows.map((r) => r?.value);
    return { maxAge: clamp('maxAge', maxAge), idleTimeout: clamp('idleTimeout', idleTimeout), trustWarnDays: clamp('trustWarnDays', trustWarnDays), demoMode: __BBPASS_DEMO__ && demoMode === true };
  };
  return {
    settings,
    async saveSettings(change) {
      const rows = (Object.keys(KEYS) as Array<keyof VerifierSettings>)
        .filter((k) => change[k] !== undefined)
        .map((k) => ({ key: KEYS[k], value: k === 'demoMode' ? change.demoMode === true : clamp(k, change[k]) }));
      await db.transaction('rw', db.settings, () => db.settings.bulkPut(rows));
      return settings();
    },
    async check(kind, bytes, mode, now) {
      const s = await settings();
      const ctx = { trust: await trust.store(s.demoMode), now, verify: await bestVerifier(), certCache: new Map() };
      const start = performance.now();
      const result = await checkPayload(kind, bytes, ctx, { mode, maxAge: s.maxAge });
      // Visible in the browser's performance timeline; the verifier bench reads it.
      performance.measure('bbpass:verify', { start, end: performance.now() });
      return result;
    },
    async trustState() {
      const store = await trust.store((await settings()).demoMode);
      return { anchors: store.anchors, lists: store.allLists() };
    },
    async trustLists() {
      return trust.listsInForce((await settings()).demoMode);
    },
    async importTrust(input, now) {
      return trust.importList(input, (await settings()).demoMode, now);
    },
  };
}

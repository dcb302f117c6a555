// The verifier's storage API over Dexie: settings in the shared `settings` table, checks under
// the page's trust source. See verifier-api.ts for what each method promises.
import { bestVerifier, checkPayload } from '../../core';
import { appDb, appTrust } from '../app-db';
import type { BbpassDb } from '../db';
import type { TrustSource } from '../trust-source';
import { DEFAULT_VERIFIER_SETTINGS, VERIFIER_LIMITS, type VerifierApi, type VerifierSettings } from './verifier-api';

// Settings share the one `settings` table; the verifier's keys are prefixed, demoMode is the device's.
const KEYS = { maxAge: 'verifier.maxAge', idleTimeout: 'verifier.idleTimeout', trustWarnDays: 'verifier.trustWarnDays', demoMode: 'demoMode' } as const;

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

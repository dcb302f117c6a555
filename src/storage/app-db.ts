// One database connection and one trust source per page, shared by every area, so an import
// made in one area (a trust list, a certificate) is seen by the others without reloading.
import { BbpassDb } from './db';
import { scheduleTrustRefresh } from './trust-refresh';
import { networkFirst, TrustSource } from './trust-source';

let db: BbpassDb | undefined;
let trust: TrustSource | undefined;

/** The app's database in this browser. */
export function appDb(): BbpassDb {
  db ??= new BbpassDb();
  return db;
}

/** The page's trust source over the app database (published lists, network first, + imported ones); it refreshes itself. */
export function appTrust(): TrustSource {
  if (trust) return trust;
  const source = new TrustSource(appDb(), networkFirst((url, init) => fetch(url, init), () => document.baseURI, () => navigator.onLine));
  scheduleTrustRefresh(() => source.refresh(), {
    addEventListener: (type, listener) => (type === 'online' ? window : document).addEventListener(type, listener),
    isVisible: () => document.visibilityState === 'visible',
    now: () => Date.now(),
    setInterval: (run, ms) => void window.setInterval(run, ms),
  });
  trust = source;
  return source;
}

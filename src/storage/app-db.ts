// One database connection and one trust source per page, shared by every area, so an import
// made in one area (a trust list, a certificate) is seen by the others without reloading.
import { BbpassDb } from './db';
import { fetchSameOrigin, TrustSource } from './trust-source';

let db: BbpassDb | undefined;
let trust: TrustSource | undefined;

/** The app's database in this browser. */
export function appDb(): BbpassDb {
  db ??= new BbpassDb();
  return db;
}

/** The page's trust source over the app database (shipped lists + imported ones). */
export function appTrust(): TrustSource {
  trust ??= new TrustSource(appDb(), fetchSameOrigin);
  return trust;
}

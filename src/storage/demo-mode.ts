// Demo mode is one setting of the device, shared by every role. Only a demo build honours it: a
// district build has no DEMO anchors to trust and ignores a flag stored by an earlier build.
import type { BbpassDb } from './db';
import { DB_NAME } from './db-name';

/** Whether demo mode is on for this device (always false in a district build). */
export async function readDemoMode(db: BbpassDb): Promise<boolean> {
  return __BBPASS_DEMO__ && (await db.settings.get('demoMode'))?.value === true;
}

/** The same answer without Dexie, for the shell's first paint; never creates the database, false on any failure. */
export function peekDemoMode(): Promise<boolean> {
  if (!__BBPASS_DEMO__) return Promise.resolve(false);
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME);
    } catch {
      // indexedDB.open throws where storage is denied (e.g. some private windows): no demo mode to show.
      return resolve(false);
    }
    // No database yet: abort its creation (an empty version-1 database would confuse Dexie's schema).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const idb = request.result;
      // Never hold up a schema upgrade that Dexie starts meanwhile.
      idb.onversionchange = () => idb.close();
      const done = (on: boolean) => (idb.close(), resolve(on));
      if (!idb.objectStoreNames.contains('settings')) return done(false);
      try {
        const get = idb.transaction('settings', 'readonly').objectStore('settings').get('demoMode');
        get.onsuccess = () => done((get.result as { value?: unknown } | undefined)?.value === true);
        get.onerror = () => done(false);
      } catch {
        // transaction() throws if the database is closing (a schema upgrade began): answer off, as documented.
        done(false);
      }
    };
  });
}

// The coordinator's storage API over Dexie: each method is one of the coordinator's storage
// functions bound to one database and the page's trust source, so the screens hold neither.
import { appDb, appTrust } from '../app-db';
import type { BbpassDb } from '../db';
import { readDemoMode } from '../demo-mode';
import type { TrustSource } from '../trust-source';
import type { CoordinatorApi } from './coordinator-api';
import { clearCounts, importCounts, mergedCounts } from './coordinator-counts';
import { admit, admitDevice, listAdmissions, publishTrustList, readRequest, revoke } from './coordinator-register';
import { importWithdrawal, listWithdrawals } from './coordinator-withdrawals';
import { publishedTrust, type Fetch } from './coordinator-published';
import { deleteOffer, importOffers, listOffers, saveOffer } from './coordinator-wegweiser';
import { coordinatorLockMinutes, createRoot, listRoots, restoreRoot, saveCoordinatorLockMinutes, unlockRoot } from './coordinator-roots';

/** What the coordinator API runs on; tests pass a fake-indexeddb database, a trust source and fewer seal iterations. */
export interface CoordinatorApiOptions {
  readonly db?: BbpassDb;
  readonly trust?: TrustSource;
  /** PBKDF2 iterations for newly sealed keys (only lower in tests). */
  readonly iterations?: number;
  /** Fetch for the published trust list, and the address it is relative to (default: the page's). */
  readonly fetch?: Fetch;
  readonly base?: string;
}

/** Creates the coordinator API (default: the app's database and trust source). */
export function createCoordinatorApi({ db = appDb(), trust = appTrust(), iterations, fetch: fetchFn, base }: CoordinatorApiOptions = {}): CoordinatorApi {
  return {
    listRoots: () => listRoots(db),
    createRoot: (district, name, passphrase, now) => createRoot(db, district, name, passphrase, now, iterations),
    restoreRoot: (text, passphrase) => restoreRoot(db, text, passphrase),
    unlockRoot,
    coordinatorLockMinutes: () => coordinatorLockMinutes(db),
    saveCoordinatorLockMinutes: (minutes) => saveCoordinatorLockMinutes(db, minutes),
    demoMode: () => readDemoMode(db),
    async seedDemo(now) {
      // Only a demo build has the seeding code (and the DEMO keys in it): Rollup drops this branch otherwise.
      if (__BBPASS_DEMO__) await (await import('./demo-seed')).seedDemo(db, now, iterations);
    },
    readRequest,
    admit: (root, rootRow, request, choice, now) => admit(db, root, rootRow, request, choice, now),
    admitDevice: (root, rootRow, request, officeId, choice, now) => admitDevice(db, root, rootRow, request, officeId, choice, now),
    listAdmissions: (district) => listAdmissions(db, district),
    revoke: (id, since) => revoke(db, id, since),
    importWithdrawal: (root, text, now) => importWithdrawal(db, root, text, now),
    listWithdrawals: (district) => listWithdrawals(db, district),
    publishTrustList: (root, district, now) => publishTrustList(db, root, district, now),
    importTrust: async (text, now) => trust.importList(text, await readDemoMode(db), now),
    publishedTrust: (row, now) => publishedTrust(row, now, fetchFn ?? ((url, init) => fetch(url, init)), base ?? (typeof document === 'undefined' ? undefined : document.baseURI)),
    importCounts: (text, now) => importCounts(db, text, now),
    mergedCounts: () => mergedCounts(db),
    clearCounts: () => clearCounts(db),
    listOffers: () => listOffers(db),
    saveOffer: (offer, now, previousId) => saveOffer(db, offer, now, previousId),
    importOffers: (offers, now) => importOffers(db, offers, now),
    deleteOffer: (id) => deleteOffer(db, id),
  };
}

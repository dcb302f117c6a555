// The office's storage API over Dexie: each method is one of the office's storage functions
// bound to one database, so the screens never hold a database handle.
import { appDb, appTrust } from '../app-db';
import { readDemoMode } from '../demo-mode';
import { fetchSameOrigin, TrustSource, type FetchTrust } from '../trust-source';
import type { BbpassDb } from '../db';
import type { OfficeApi, OfficeRow } from './office-api';
import { backupText, restoreBackup } from './office-backup';
import { checkCard, reissue, signStamp } from './office-issue';
import { officeRevocations } from './office-revocation';
import { correctStamp, withdrawStamp } from './office-withdraw';
import { exportLog, importLog } from './office-log-file';
import { importCertificate, loadOffice, rotateKey, setupOffice, unlockOffice } from './office-keys';
import { deleteTemplate, exportCounts, listIssued, listTemplates, officeSettings, officeStats, saveOfficeSettings, saveTemplate } from './office-log';

/** What the office API runs on; tests pass a fake-indexeddb database and fewer seal iterations. */
export interface OfficeApiOptions {
  readonly db?: BbpassDb;
  /** PBKDF2 iterations for newly sealed keys (only lower in tests). */
  readonly iterations?: number;
  /** Reads a trust list shipped with the app (default: same-origin fetch). */
  readonly fetchTrust?: FetchTrust;
}

/** Creates the office API (default: the app's database). */
export function createOfficeApi(options: OfficeApiOptions = {}): OfficeApi {
  const { db = appDb(), iterations } = options;
  // The page's shared trust source (an import in the verifier area counts at once) unless a test brings its own.
  const trust = options.db || options.fetchTrust ? new TrustSource(db, options.fetchTrust ?? fetchSameOrigin) : appTrust();
  const revocations = async (office: OfficeRow) => officeRevocations(office, await trust.store(await readDemoMode(db)));
  return {
    loadOffice: () => loadOffice(db),
    setupOffice: (profile, passphrase, now) => setupOffice(db, profile, passphrase, now, iterations),
    unlockOffice,
    importCertificate: (office, text) => importCertificate(db, office, text),
    rotateKey: (office, keys, passphrase, now) => rotateKey(db, office, keys, passphrase, now, iterations),
    backupText: (office, now) => backupText(db, office, now),
    restoreBackup: (text, passphrase) => restoreBackup(db, text, passphrase),
    checkCard: (text, now) => checkCard(text, now),
    revocations,
    trustLists: async () => trust.listsInForce(await readDemoMode(db)),
    signStamp: async (office, keys, req, now) => signStamp(db, office, keys, req, now, await revocations(office)),
    reissue: async (office, keys, issuedId, holder, now, override) => reissue(db, office, keys, issuedId, holder, now, override, await revocations(office)),
    withdrawStamp: (office, keys, issuedId, reason, now) => withdrawStamp(db, office, keys, issuedId, reason, now),
    correctStamp: (office, keys, issuedId, holder, entry, now) => correctStamp(db, office, keys, issuedId, holder, entry, now),
    getIssued: (id) => db.issued.get(id),
    listIssued: (officeId, filter) => listIssued(db, officeId, filter),
    listTemplates: (officeId) => listTemplates(db, officeId),
    saveTemplate: (officeId, template, now) => saveTemplate(db, officeId, template, now),
    deleteTemplate: (id) => deleteTemplate(db, id),
    exportCounts: (office, months, now) => exportCounts(db, office, months, now),
    exportLog: (office, keys, now) => exportLog(db, office, keys, now),
    importLog: async (office, text) => importLog(db, office, text, await trust.store(await readDemoMode(db))),
    officeStats: (officeId, months) => officeStats(db, officeId, months),
    officeSettings: () => officeSettings(db),
    saveOfficeSettings: (settings) => saveOfficeSettings(db, settings),
  };
}

// The office's storage API over Dexie: each method is one of the office's storage functions
// bound to one database, so the screens never hold a database handle.
import { appDb } from '../app-db';
import type { BbpassDb } from '../db';
import type { OfficeApi } from './office-api';
import { backupText, restoreBackup } from './office-backup';
import { checkCard, reissue, signStamp } from './office-issue';
import { correctStamp, withdrawStamp } from './office-withdraw';
import { importCertificate, loadOffice, rotateKey, setupOffice, unlockOffice } from './office-keys';
import { deleteTemplate, exportCounts, listIssued, listTemplates, officeSettings, officeStats, saveOfficeSettings, saveTemplate } from './office-log';

/** What the office API runs on; tests pass a fake-indexeddb database and fewer seal iterations. */
export interface OfficeApiOptions {
  readonly db?: BbpassDb;
  /** PBKDF2 iterations for newly sealed keys (only lower in tests). */
  readonly iterations?: number;
}

/** Creates the office API (default: the app's database). */
export function createOfficeApi({ db = appDb(), iterations }: OfficeApiOptions = {}): OfficeApi {
  return {
    loadOffice: () => loadOffice(db),
    setupOffice: (profile, passphrase, now) => setupOffice(db, profile, passphrase, now, iterations),
    unlockOffice,
    importCertificate: (office, text) => importCertificate(db, office, text),
    rotateKey: (office, keys, passphrase, now) => rotateKey(db, office, keys, passphrase, now, iterations),
    backupText: (office, now) => backupText(db, office, now),
    restoreBackup: (text, passphrase) => restoreBackup(db, text, passphrase),
    checkCard: (text, now) => checkCard(text, now),
    signStamp: (office, keys, req, now) => signStamp(db, office, keys, req, now),
    reissue: (office, keys, issuedId, holder, now) => reissue(db, office, keys, issuedId, holder, now),
    withdrawStamp: (office, keys, issuedId, reason, now) => withdrawStamp(db, office, keys, issuedId, reason, now),
    correctStamp: (office, keys, issuedId, holder, entry, now) => correctStamp(db, office, keys, issuedId, holder, entry, now),
    getIssued: (id) => db.issued.get(id),
    listIssued: (officeId, filter) => listIssued(db, officeId, filter),
    listTemplates: (officeId) => listTemplates(db, officeId),
    saveTemplate: (officeId, template, now) => saveTemplate(db, officeId, template, now),
    deleteTemplate: (id) => deleteTemplate(db, id),
    exportCounts: (office, months, now) => exportCounts(db, office, months, now),
    officeStats: (officeId, months) => officeStats(db, officeId, months),
    officeSettings: () => officeSettings(db),
    saveOfficeSettings: (settings) => saveOfficeSettings(db, settings),
  };
}

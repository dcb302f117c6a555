// What the office screens (src/ui/office/) get from storage: one OfficeApi for everything that
// reads or writes the database or opens keys (create-office-api.ts implements it over Dexie),
// plus the pure rules they apply while drawing (office-status.ts, registrationText, lastMonths).
// This module holds types and constants only, so a screen can name them without loading Dexie.
import type { CountsExport, Entry, Holder, WithdrawalReason } from '../../core';
import type { IssuedRow, OfficeKeyRecord, OfficeRow, TemplateRow } from '../rows';
import type { RestoreOutcome } from './office-backup';
import type { CardCheck, ReissueOverride, ReissueRefusal, SignOutcome, SignRequest } from './office-issue';
import type { CertificateImport, OfficeProfile, UnlockedKeys, UnlockRefusal } from './office-keys';
import type { LogFilter, MonthlyStats, OfficeSettings } from './office-log';
import type { OfficeRevocation } from './office-revocation';
import type { LogExport, LogImport } from './office-log-file';
import type { TrustListStatus } from '../trust-source';
import type { CorrectOutcome, WithdrawOutcome } from './office-withdraw';

export type { IssuedRow, LogExport, LogImport, OfficeKeyRecord, OfficeRevocation, OfficeRow, TemplateRow };
export type { DeviceIdentity } from './office-status';
export { DEMO_OFFICE_ID, DEMO_PASSPHRASE } from '../demo-constants';

/** Everything the office screens do with storage. All times are seconds since 1970 UTC, passed in. */
export interface OfficeApi {
  /** The device's office (one per device), if set up. */
  loadOffice(): Promise<OfficeRow | undefined>;
  /** Sets up the office with a new key sealed under `passphrase`; returns the row and the unlocked keys. */
  setupOffice(profile: OfficeProfile, passphrase: string, now: number): Promise<{ office: OfficeRow; keys: UnlockedKeys }>;
  /** Opens every sealed key of the office with the passphrase. */
  unlockOffice(office: OfficeRow, passphrase: string): Promise<{ ok: true; keys: UnlockedKeys } | { ok: false; reason: UnlockRefusal }>;
  /** Stores a certificate on the key it certifies; refuses anything else. */
  importCertificate(office: OfficeRow, text: string): Promise<CertificateImport>;
  /** Adds a new newest key sealed under the same passphrase; it signs once its certificate is imported. */
  rotateKey(office: OfficeRow, keys: UnlockedKeys, passphrase: string, now: number): Promise<{ ok: true; office: OfficeRow; keys: UnlockedKeys } | { ok: false; reason: UnlockRefusal }>;
  /** The key backup file text (sealed keys, certificates, profile, templates; no log). */
  backupText(office: OfficeRow, now: number): Promise<string>;
  /** Restores a key backup after checking that the passphrase opens it. */
  restoreBackup(text: string, passphrase: string): Promise<RestoreOutcome>;
  /** Checks a scanned text: a pass card with a valid holder signature, fresh at `now`. */
  checkCard(text: string, now: number): Promise<CardCheck>;
  /** The revocations of the office's keys in the trust lists this device holds (shipped or imported), earliest first. */
  revocations(office: OfficeRow): Promise<OfficeRevocation[]>;
  /** The trust lists in force on this device (district, version, issue date), to show their "Stand". */
  trustLists(): Promise<TrustListStatus[]>;
  /** Signs a stamp with the office's signing key and logs it, or says why not (refused from a revocation's time on). */
  signStamp(office: OfficeRow, keys: UnlockedKeys | undefined, req: SignRequest, now: number): Promise<SignOutcome>;
  /** Re-issues a logged entry to the new key of the same person. */
  reissue(office: OfficeRow, keys: UnlockedKeys | undefined, issuedId: string, holder: Holder, now: number, override?: ReissueOverride): Promise<SignOutcome | { status: 'refused'; reason: ReissueRefusal }>;
  /** Withdraws a logged stamp (signed by the key that signed it) and marks it in the log. */
  withdrawStamp(office: OfficeRow, keys: UnlockedKeys | undefined, issuedId: string, reason: Exclude<WithdrawalReason, 'corrected'>, now: number): Promise<WithdrawOutcome>;
  /** Signs the corrected stamp for the same pass and withdraws the old one as corrected, in one transaction. */
  correctStamp(office: OfficeRow, keys: UnlockedKeys | undefined, issuedId: string, holder: Holder, entry: Entry, now: number): Promise<CorrectOutcome>;
  /** One stamp of the issued log, if it is there. */
  getIssued(id: string): Promise<IssuedRow | undefined>;
  /** The office's issued stamps matching the filter, newest first. */
  listIssued(officeId: string, filter?: LogFilter): Promise<IssuedRow[]>;
  /** The office's templates, by name. */
  listTemplates(officeId: string): Promise<TemplateRow[]>;
  /** Saves a template (new or edited); the id is kept when editing. */
  saveTemplate(officeId: string, template: { id?: string; name: string; entry: Entry }, now: number): Promise<TemplateRow>;
  /** Deletes a template; logged stamps made from it keep their own copy of the entry. */
  deleteTemplate(id: string): Promise<void>;
  /** Anonymous counts of the office's log over the given months. */
  exportCounts(office: OfficeRow, months: readonly string[], now: number): Promise<CountsExport>;
  /** The stamps this device signed as a signed office log file for another device of the office (issue 17). */
  exportLog(office: OfficeRow, keys: UnlockedKeys | undefined, now: number): Promise<LogExport>;
  /** Combines another device's log of this office into this device's log, after checking it against the trust this device holds. */
  importLog(office: OfficeRow, text: string): Promise<LogImport>;
  /** The monthly statistics of the office's log. */
  officeStats(officeId: string, months: readonly string[]): Promise<MonthlyStats>;
  /** The office settings kept on the device. */
  officeSettings(): Promise<OfficeSettings>;
  /** Saves the office settings (clamped to the allowed range). */
  saveOfficeSettings(settings: OfficeSettings): Promise<OfficeSettings>;
}

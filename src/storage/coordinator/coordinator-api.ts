// What the coordinator screens (src/ui/coordinator/) get from storage: one CoordinatorApi for
// everything that reads or writes the database or opens the root (create-coordinator-api.ts
// implements it over Dexie), plus the pure rules they apply while drawing (admissionState,
// rootBackupText, anchorSnippet). This module holds types and constants only, so the setup and
// unlock screens can name them without loading Dexie or core.
import type { KeyPair, MonthCounts, Offer, PublishedTrust, Registration } from '../../core';
import type { AdmissionRow, DistrictRootRow, WithdrawalRow } from '../rows';
import type { CountsImportOutcome } from './coordinator-counts';
import type { AdmitChoice, AdmitOutcome, PublishedList, RequestOutcome } from './coordinator-register';
export { officeOfRow, type AdmitOutcome, type AdmitRefusal } from './coordinator-register';
import type { TrustImportOutcome } from '../trust-source';
import type { WithdrawalImport } from './coordinator-withdrawals';
import type { OfferSave, OffersImport } from './coordinator-wegweiser';

export type { AdmissionRow, DistrictRootRow, WithdrawalRow };
export type { OfferSave, OffersImport };
export { RootError, type RootProblem } from './root-error';
export { DEMO_PASSPHRASE } from '../demo-constants';

/** Everything the coordinator screens do with storage. All times are seconds since 1970 UTC, passed in. */
export interface CoordinatorApi {
  /** The district roots on this device, oldest first. */
  listRoots(): Promise<DistrictRootRow[]>;
  /** Makes a new district root sealed under `passphrase`; rejects with a RootError. */
  createRoot(district: string, name: string, passphrase: string, now: number): Promise<DistrictRootRow>;
  /** Restores a root from its backup file; rejects with a RootError (a wrong passphrase stores nothing). */
  restoreRoot(text: string, passphrase: string): Promise<DistrictRootRow>;
  /** Opens a root's private key with the passphrase; rejects with a RootError. */
  unlockRoot(row: DistrictRootRow, passphrase: string): Promise<KeyPair>;
  /** Minutes without input after which the unlocked root is forgotten. */
  coordinatorLockMinutes(): Promise<number>;
  /** Saves the idle-lock minutes (clamped); returns what was saved. */
  saveCoordinatorLockMinutes(minutes: number): Promise<number>;
  /** Whether demo mode is on for this device. */
  demoMode(): Promise<boolean>;
  /** Switches demo mode on and seeds the DEMO coordinator, office and pass once (does nothing in a district build). */
  seedDemo(now: number): Promise<void>;
  /** Decodes a registration request and checks its signature and district. */
  readRequest(text: string, district: string): Promise<RequestOutcome>;
  /** Signs the office's certificate and records the admission. */
  admit(root: KeyPair, rootRow: DistrictRootRow, request: Registration, choice: AdmitChoice, now: number): Promise<AdmissionRow>;
  /** Admits the key as a further device of a registered office (hex office id), or says why not. */
  admitDevice(root: KeyPair, rootRow: DistrictRootRow, request: Registration, officeId: string, choice: AdmitChoice, now: number): Promise<AdmitOutcome>;
  /** The register of a district, newest admission first. */
  listAdmissions(district: string): Promise<AdmissionRow[]>;
  /** Revokes an office from `since` on (revocation never shrinks). */
  revoke(id: string, since: number): Promise<AdmissionRow | undefined>;
  /** Checks an office's stamp withdrawal (text or file content) for the root's district and keeps it. */
  importWithdrawal(root: DistrictRootRow, text: string, now: number): Promise<WithdrawalImport>;
  /** The district's kept withdrawals, newest first. */
  listWithdrawals(district: string): Promise<WithdrawalRow[]>;
  /** Signs the next trust list version from the register and the kept withdrawals. */
  publishTrustList(root: KeyPair, district: string, now: number): Promise<PublishedList>;
  /** Imports a trust list into this device's trust (e.g. one just published here), under its demo mode. */
  importTrust(text: string, now: number): Promise<TrustImportOutcome>;
  /** The trust list the site publishes for the root's district (fetched past every cache), checked against the root and compared with the newest signed here. */
  publishedTrust(row: DistrictRootRow, now: number): Promise<PublishedTrust>;
  /** Imports an office's counts export; months already held from a newer export are kept. */
  importCounts(text: string, now: number): Promise<CountsImportOutcome>;
  /** Every merged office month, in key order. */
  mergedCounts(): Promise<MonthCounts[]>;
  /** Forgets all imported numbers. */
  clearCounts(): Promise<void>;
  /** Every offer of the Wegweiser the district maintains, by name. */
  listOffers(): Promise<Offer[]>;
  /** Checks and stores one offer (`previousId`: its id before an edit changed it). */
  saveOffer(offer: Offer, now: number, previousId?: string): Promise<OfferSave>;
  /** Adds checked offers, replacing those with the same ID, in one transaction. */
  importOffers(offers: readonly Offer[], now: number): Promise<OffersImport>;
  /** Removes one offer. */
  deleteOffer(id: string): Promise<void>;
}

// Every record the app keeps, one interface per table row (db.ts declares the tables). Holder:
// passes and their stamps. Office (issue 4): its keys, sealed under the staff passphrase, its
// templates and the issued log of what it signed itself. Coordinator (issue 6): district roots,
// sealed under the coordinator's passphrase, the register and merged anonymous counts. Device:
// trust lists and settings. The role APIs (holder/, office/, …) hand these types to their screens.
import type { DistrictRef, Entry, EntryType, MonthCounts, Offer, Person, Reason, Sealed, StampFacts, WithdrawalReason } from '../core';

/** What the holder enters on first start; only the names and birth date are signed into cards and stamps. */
export interface PassProfile extends Person {
  /** Languages spoken, as BCP 47 codes (e.g. 'fa', 'uk'). */
  readonly languages?: readonly string[];
  /** Country of origin, ISO 3166-1 alpha-2 (e.g. 'AF'). */
  readonly countryOfOrigin?: string;
  /** Arrival in Germany, 'YYYY-MM' or 'YYYY-MM-DD'. */
  readonly arrivalDate?: string;
}

/** A stamp kept in a pass. */
export interface StoredEntry {
  /** stampId() of the stamp: receiving the same stamp again finds this entry. */
  readonly id: string;
  readonly passId: string;
  readonly type: EntryType;
  readonly entry: Entry;
  readonly issuedAt: number;
  readonly receivedAt: number;
  /** As the office's certificate states it; unconfirmed while the entry is not valid on this device (empty if a restored stamp came without one). */
  readonly officeName: string;
  /** The stamp as received, with its certificate (`BBP1:S:…`): re-verified on restore, printed as QR. */
  readonly stampText: string;
  /** Set when the office withdrew the stamp or a corrected stamp replaced it (since issue 15): kept, shown, never presented. */
  readonly withdrawn?: EntryWithdrawn;
  /** Set when the holder hid the entry from their timeline and presentations (since issue 15); it comes back on request. */
  readonly hidden?: true;
}

/** Why and when an entry was taken back by its office. */
export interface EntryWithdrawn {
  readonly at: number;
  readonly reason: WithdrawalReason;
  /** The id of the corrected stamp, when known. */
  readonly replacedBy?: string;
}

/** One pass on this device; the holder key stays here and leaves only sealed in a backup. */
export interface PassRow {
  /** Hex key id of the holder key. */
  readonly id: string;
  readonly profile: PassProfile;
  readonly publicKey: Uint8Array;
  /** tweetnacl layout: seed (32 bytes) || public key (32 bytes). */
  readonly secretKey: Uint8Array;
  readonly createdAt: number;
  /** Since version 2: when the last backup file was made (absent = never). */
  readonly lastBackupAt?: number;
}

/** A verdict kept with an entry, valid while the trust state has the same fingerprint. */
export interface KeptVerdict {
  /** TrustStore.fingerprint() the verdict was reached under. */
  readonly trust: string;
  readonly valid: boolean;
  readonly reason: Reason | null;
  /** The district that vouched (kept so that opening a pass decodes nothing). */
  readonly district?: DistrictRef;
  /** The person the office signed into the stamp (compared with the pass profile on display). */
  readonly person?: Person;
  /** keptSignature() of the verdict (since issue 18): the office signature of these exact stamp bytes verified, under any trust state. */
  readonly signature?: string;
  /** stampFacts() of the verdict (since issue 18): a trust change is judged from these, sealed with the stored text, without decoding it. */
  readonly facts?: StampFacts;
}

/** One stamp in a pass (the StoredEntry of the API, as stored). */
export type EntryRow = StoredEntry & {
  /** The last verdict; opening a pass re-verifies only entries whose trust state changed. */
  readonly checked?: KeptVerdict;
};

/** The highest trust list this device accepted for a district, imported or (since issue 13) shipped. */
export interface TrustListRow {
  readonly district: string;
  readonly version: number;
  /** The signed list as payload text (`BBP1:T:…`): re-verified whenever a trust store is built. */
  readonly text: string;
  /** When it was imported; absent for a list that came with the app. */
  readonly importedAt?: number;
  /** 'shipped' for a list that came with the app; absent for an import (all rows before issue 13). */
  readonly origin?: 'shipped';
}

/** One device setting (since version 2). */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** An office key: the public half in clear, the secret only sealed, and its certificate once imported. */
export interface OfficeKeyRecord {
  /** Hex key id. */
  readonly keyId: string;
  readonly publicKey: Uint8Array;
  /** The 64-byte tweetnacl secret key, sealed under the staff passphrase. */
  readonly sealedSecret: Sealed;
  /** The certificate as payload text (`BBP1:O:…`), once the coordinator has returned it. */
  readonly certificate?: string;
  readonly createdAt: number;
}

/** This device's office: its profile and every key it has had (the newest last). */
export interface OfficeRow {
  /** Local id, stable across key rotations (the log hangs on it). */
  readonly id: string;
  readonly name: string;
  /** A code of OFFICE_KIND. */
  readonly kind: string;
  readonly address?: string;
  readonly contact?: string;
  /** District id the office registers with (its certificate names it too). */
  readonly district?: string;
  readonly keys: readonly OfficeKeyRecord[];
  readonly createdAt: number;
}

/** A reusable entry template. */
export interface TemplateRow {
  readonly id: string;
  readonly officeId: string;
  readonly name: string;
  readonly type: EntryType;
  readonly entry: Entry;
  readonly updatedAt: number;
}

/** One stamp this office issued. */
export interface IssuedRow {
  /** The stamp id. */
  readonly id: string;
  readonly officeId: string;
  /** Key id of the office key that signed it. */
  readonly keyId: string;
  readonly issuedAt: number;
  readonly type: EntryType;
  readonly templateId?: string;
  /** Names and birth date as shown on the holder's card (the office's own record of whom it stamped). */
  readonly holderName: string;
  /** The name in the holder's own script, when the card carried one (shown after the Latin name). */
  readonly holderNameNative?: string;
  readonly holderBirthDate: string;
  /** Hex key id of the holder key the stamp names. */
  readonly holderKeyId: string;
  readonly entry: Entry;
  /** The stamp as payload text (`BBP1:S:…`). */
  readonly text: string;
  /** Set when this row re-issues an earlier one to a new holder key. */
  readonly reissueOf?: string;
  /** Who confirmed, after checking the ID, a re-issue to a name spelt differently from the old row's. */
  readonly reissueConfirmedBy?: string;
  /** The old row's name in that case, kept beside the confirmation. */
  readonly reissueNameBefore?: string;
  /** Set on a corrected stamp (since issue 15): the id of the stamp it replaces. */
  readonly replaces?: string;
  /** Set when the office withdrew this stamp (since issue 15). */
  readonly withdrawn?: IssuedWithdrawal;
  /** Set on a stamp combined from another device's log of the same office (issue 17): that device's id and label. */
  readonly fromDevice?: { readonly id: string; readonly label?: string };
}

/** An office's withdrawal of one of its stamps, as its log keeps it to show again. */
export interface IssuedWithdrawal {
  readonly at: number;
  readonly reason: WithdrawalReason;
  /** For a correction: the id of the corrected stamp. */
  readonly replacedBy?: string;
  /** The signed withdrawal carrying the stamp (`BBP1:W:…`): the file for the coordinator. */
  readonly text: string;
  /** The same signature without the stamp, smaller (`BBP1:W:…`): the code the holder's app scans. */
  readonly holderText: string;
}

/** A district root kept on this device. */
export interface DistrictRootRow {
  readonly district: string;
  readonly name: string;
  readonly publicKey: Uint8Array;
  /** The 64-byte tweetnacl secret key, sealed under the coordinator's passphrase. */
  readonly sealedSecret: Sealed;
  readonly createdAt: number;
  /** The version of the last trust list published from this device (absent = none yet). */
  readonly trustVersion?: number;
  /** That list as payload text (`BBP1:T:…`), to hand out again. */
  readonly trustText?: string;
}

/** An office admitted by a district root on this device (the register). */
export interface AdmissionRow {
  /** Hex key id of the office key. */
  readonly id: string;
  /** Set on a further device of an office (issue 17): the hex key id of the office's first device. */
  readonly officeId?: string;
  /** The device's label within its office (issue 17). */
  readonly deviceLabel?: string;
  readonly district: string;
  readonly officeName: string;
  readonly types: readonly EntryType[];
  readonly notBefore: number;
  readonly notAfter: number;
  /** The certificate as payload text (`BBP1:O:…`). */
  readonly certificate: string;
  readonly admittedAt: number;
  /** Set when revoked: stamps from this time on are refused. */
  readonly revokedSince?: number;
}

/** Anonymous counts of one office for one month, as merged from office exports. */
export interface CountRow {
  /** core's monthKey (`<district>/<office id>|<YYYY-MM>`): the merge key, so a period is counted once. */
  readonly id: string;
  /** `<district>/<office id>`. */
  readonly office: string;
  readonly month: string;
  readonly importedAt: number;
  /** The counts of that month from the newest export seen. */
  readonly counts: MonthCounts;
}

/** A stamp withdrawal the coordinator accepted (since version 4): every trust list it publishes lists it. */
export interface WithdrawalRow {
  /** Hex of the withdrawn stamp's reference (stampId): one row per stamp. */
  readonly id: string;
  readonly district: string;
  readonly officeName: string;
  readonly reason: WithdrawalReason;
  /** When the office withdrew the stamp. */
  readonly withdrawnAt: number;
  /** The signed withdrawal as payload text (`BBP1:W:…`), kept as the evidence. */
  readonly text: string;
  readonly importedAt: number;
}

/** One offer of the Wegweiser the coordinator maintains (since version 5); checked before it is stored. */
export interface WegweiserOfferRow {
  /** The offer's id (also `offer.id`). */
  readonly id: string;
  readonly offer: Offer;
  readonly updatedAt: number;
}

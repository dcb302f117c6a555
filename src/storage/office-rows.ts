// Records of the office area (issue 4). The office's private keys are stored only sealed
// under the staff passphrase; the issued log keeps what the office itself signed.
import type { Entry, EntryType, Sealed } from '../core';

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
  readonly holderBirthDate: string;
  /** Hex key id of the holder key the stamp names. */
  readonly holderKeyId: string;
  readonly entry: Entry;
  /** The stamp as payload text (`BBP1:S:…`). */
  readonly text: string;
  /** Set when this row re-issues an earlier one to a new holder key. */
  readonly reissueOf?: string;
}

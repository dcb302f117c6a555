// Records of the coordinator area (issue 6). The district root's private key is stored only
// sealed under the coordinator's passphrase.
import type { EntryType, MonthCounts, Sealed } from '../core';

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

// From scanned text to a stored entry and back. Scanned text is untrusted: every failure
// here is a verdict, never an exception. Stored text is re-read on every display, so a
// damaged record shows as 'malformed' instead of breaking the list.
import {
  certificateToCbor, decodeCbor, districtRef, keptSignature, fromText, samePerson, sign1ToCbor, stampId, textToValue, valueToText, verifyStamp, decodeReason, DecodeError,
  HEADER_CERTIFICATE, type Cbor, type Certificate, type Person, type Stamp, type StampVerdict, type VerifyContext,
} from '../../core';
import type { EntryRow, KeptVerdict } from '../rows';
import type { CheckedEntry } from './holder-api';

/** A scanned text read as a stamp's CBOR, or why it is not one. */
export type ScannedStamp =
  | { readonly ok: true; readonly value: Cbor }
  | { readonly ok: false; readonly reason: 'not-a-stamp' | 'unreadable' | 'unsupported-version' };

/** Reads scanned text as a stamp: another payload kind or foreign text is 'not-a-stamp'. */
export function readScannedStamp(text: string): ScannedStamp {
  try {
    const parsed = fromText(text);
    if (parsed.kind !== 'stamp') return { ok: false, reason: 'not-a-stamp' };
    return { ok: true, value: decodeCbor(parsed.bytes) };
  } catch (e) {
    const reason = decodeReason(e, ['not-a-payload', 'unsupported-version']);
    return { ok: false, reason: reason === 'not-a-payload' ? 'not-a-stamp' : reason === 'malformed' ? 'unreadable' : reason };
  }
}

// Stored text always carries the certificate the stamp was verified with (for a stamp that
// carries one, that is its own), so an entry that arrived without one can still be presented.
function storedText(stamp: Stamp, issuer: Certificate): string {
  return valueToText('stamp', sign1ToCbor(stamp.sign1, new Map([[HEADER_CERTIFICATE, certificateToCbor(issuer)]])));
}

/** The record of a stamp that verified for a pass. */
export function entryRowOf(v: Extract<StampVerdict, { valid: true }>, passId: string, receivedAt: number): EntryRow {
  const { entry, issuedAt } = v.stamp.claims;
  return {
    id: stampId(v.stamp),
    passId,
    type: entry.type,
    entry,
    issuedAt,
    receivedAt,
    officeName: v.issuer.claims.officeName,
    stampText: storedText(v.stamp, v.issuer),
  };
}

/** The CBOR of a stored stamp (throws DecodeError if the record is damaged). */
export function storedStampValue(row: EntryRow): Cbor {
  return textToValue(row.stampText).value;
}

/** What is kept of a verdict besides the trust state: validity, reason, district, the signed person and the signature seal. */
export function keptOf(v: StampVerdict): Omit<KeptVerdict, 'trust'> {
  const h = v.stamp?.claims.holder;
  const signature = keptSignature(v);
  return {
    valid: v.valid,
    reason: v.valid ? null : v.reason,
    ...(v.anchor ? { district: districtRef(v.anchor) } : {}),
    ...(h ? { person: { givenName: h.givenName, familyName: h.familyName, birthDate: h.birthDate } } : {}),
    ...(signature ? { signature } : {}),
  };
}

/** The verdict as the holder sees it: the signed person is named only when it is not the pass's own. */
export function checkedOf(k: Omit<KeptVerdict, 'trust'>, profile: Person): Pick<CheckedEntry, 'valid' | 'reason' | 'district' | 'otherPerson' | 'earlierName'> {
  const other = k.person && !samePerson(k.person, profile) ? k.person : undefined;
  return {
    valid: k.valid,
    reason: k.reason,
    ...(k.district ? { district: k.district } : {}),
    ...(other ? { otherPerson: other } : {}),
    ...(other && isEarlierName(other, profile) ? { earlierName: true } : {}),
  };
}

// A stamp made out to the pass's own-script name, before the pass held its Latin name (see withLatinName).
const isEarlierName = (p: Person, profile: Person) =>
  p.givenName === profile.givenNameNative && p.familyName === profile.familyNameNative && p.birthDate === profile.birthDate;

/** Re-verifies a stored entry for its pass's holder key, sparing the office signature its kept seal covers; a damaged record is 'malformed'. */
export async function recheck(row: EntryRow, ctx: VerifyContext, holderKey: Uint8Array, signature?: string): Promise<StampVerdict> {
  let value: Cbor;
  try {
    value = storedStampValue(row);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return { valid: false, reason: 'malformed' };
  }
  return verifyStamp(value, ctx, { holderKey, ...(signature ? { signature } : {}) });
}

// From scanned text to a stored entry and back. Scanned text is untrusted: every failure
// here is a verdict, never an exception. Stored text is re-read on every display, so a
// damaged record shows as 'malformed' instead of breaking the list.
import {
  certificateToCbor, decodeCbor, districtRef, judgeFacts, keptSignature, fromText, samePerson, sign1ToCbor, stampFacts, stampId, textToValue, valueToText, verifyStamp,
  decodeReason, DecodeError, HEADER_CERTIFICATE, type Cbor, type Certificate, type FactsRun, type Person, type Stamp, type StampVerdict, type VerifyContext,
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

/**
 * What is kept of a verdict besides the trust state: validity, reason, district, the signed person,
 * the signature seal and, given the stored text that carries the verdict's issuer, the stamp's facts.
 */
export function keptOf(v: StampVerdict, storedText?: string): Omit<KeptVerdict, 'trust'> {
  const h = v.stamp?.claims.holder;
  const signature = keptSignature(v);
  const facts = storedText === undefined ? undefined : stampFacts(v, storedText);
  return {
    valid: v.valid,
    reason: v.valid ? null : v.reason,
    ...(v.anchor ? { district: districtRef(v.anchor) } : {}),
    ...(h ? { person: { givenName: h.givenName, familyName: h.familyName, birthDate: h.birthDate } } : {}),
    ...(signature ? { signature } : {}),
    ...(facts ? { facts } : {}),
  };
}

/** The verdict on a stored entry under the trust state of `ctx`, judged from its kept facts; undefined when it has none that seal with its text. */
export async function rejudge(row: EntryRow, kept: KeptVerdict, ctx: VerifyContext, run: FactsRun): Promise<Omit<KeptVerdict, 'trust'> | undefined> {
  const v = kept.facts && (await judgeFacts(row.stampText, kept.facts, ctx, run));
  if (!v) return undefined;
  const { trust: _was, district: _from, ...rest } = kept;
  return { ...rest, valid: v.valid, reason: v.valid ? null : v.reason, ...(v.anchor ? { district: districtRef(v.anchor) } : {}) };
}

/** Whether two kept verdicts say the same to the holder (validity, reason, district). */
export function sameVerdict(a: Omit<KeptVerdict, 'trust'>, b: Omit<KeptVerdict, 'trust'>): boolean {
  const [x, y] = [a.district, b.district];
  return a.valid === b.valid && a.reason === b.reason && x?.id === y?.id && x?.name === y?.name && x?.demo === y?.demo;
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

/**
 * Re-verifies a stored entry for its pass's holder key, sparing the office signature its kept seal
 * covers, and returns what to keep; a damaged record is 'malformed'.
 */
export async function recheckKept(row: EntryRow, ctx: VerifyContext, holderKey: Uint8Array, signature?: string): Promise<Omit<KeptVerdict, 'trust'>> {
  let value: Cbor;
  try {
    value = storedStampValue(row);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return keptOf({ valid: false, reason: 'malformed' });
  }
  const v = await verifyStamp(value, ctx, { holderKey, ...(signature ? { signature } : {}) });
  // Facts only where the stored text carries the certificate that judged it (a stamp without one is matched against trust lists).
  return keptOf(v, v.stamp?.certificate ? row.stampText : undefined);
}

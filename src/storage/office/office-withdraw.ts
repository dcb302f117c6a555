// Taking back a stamp from the issued log (FORMAT.md §7.11): the key that signed the stamp signs
// a withdrawal naming it; a correction first signs the corrected stamp (naming the old one) and
// then withdraws the old one as 'corrected', naming the new one, in one transaction.
import {
  bytesEqual, decodeStamp, fromHex, holderDigest, HEADER_CERTIFICATE, issueWithdrawal, sign1ToCbor, textToValue, valueToText, withdrawalToCbor,
  type Entry, type Holder, type Stamp, type WithdrawalReason,
} from '../../core';
import type { BbpassDb } from '../db';
import type { IssuedRow, IssuedWithdrawal, OfficeRow } from '../rows';
import { signStamp, type SignOutcome, type SignRefusal } from './office-issue';
import type { UnlockedKeys } from './office-keys';
import { readCertificate } from './office-status';

/** Why a withdrawal was not signed. */
export type WithdrawRefusal = 'not-found' | 'already-withdrawn' | 'locked' | 'no-certificate';

/** Outcome of a withdrawal: the log row now marked withdrawn, or why not. */
export type WithdrawOutcome = { readonly status: 'withdrawn'; readonly row: IssuedRow } | { readonly status: 'refused'; readonly reason: WithdrawRefusal };

/** Outcome of a correction: the corrected stamp and the withdrawn old row, or why not. */
export type CorrectOutcome =
  | { readonly status: 'signed'; readonly row: IssuedRow; readonly withdrawn: IssuedRow }
  | { readonly status: 'refused'; readonly reason: WithdrawRefusal | SignRefusal | 'other-holder' };

/** Withdraws a logged stamp for `reason` (not 'corrected': a correction goes through correctStamp). */
export async function withdrawStamp(db: BbpassDb, office: OfficeRow, keys: UnlockedKeys | undefined, issuedId: string, reason: Exclude<WithdrawalReason, 'corrected'>, now: number): Promise<WithdrawOutcome> {
  return db.transaction('rw', db.issued, async () => {
    const old = await db.issued.get(issuedId);
    const signed = sign(office, keys, old, { reason, at: now });
    if ('refused' in signed) return { status: 'refused' as const, reason: signed.refused };
    const row = { ...old!, withdrawn: signed.withdrawn };
    await db.issued.put(row);
    return { status: 'withdrawn' as const, row };
  });
}

/** Signs the corrected stamp for the same holder key (the card scanned again) and withdraws the old one as 'corrected'. */
export async function correctStamp(db: BbpassDb, office: OfficeRow, keys: UnlockedKeys | undefined, issuedId: string, holder: Holder, entry: Entry, now: number): Promise<CorrectOutcome> {
  return db.transaction('rw', db.issued, async (): Promise<CorrectOutcome> => {
    const old = await db.issued.get(issuedId);
    const check = sign(office, keys, old, { reason: 'corrected', at: now });
    if ('refused' in check) return { status: 'refused', reason: check.refused };
    // The corrected stamp goes to the same pass: the card's key is the one the old stamp names.
    if (!bytesEqual(holderDigest(holder.publicKey), check.stamp.claims.holder.keyDigest)) return { status: 'refused', reason: 'other-holder' };
    const signedNew: SignOutcome = await signStamp(db, office, keys, { holder, entry, ...(old!.templateId ? { templateId: old!.templateId } : {}), replaces: old!.id }, now);
    if (signedNew.status !== 'signed') return signedNew;
    const signed = sign(office, keys, old, { reason: 'corrected', at: now, replacedBy: signedNew.row.id });
    if ('refused' in signed) throw new Error('the withdrawal was signable a moment ago');
    const withdrawn = { ...old!, withdrawn: signed.withdrawn };
    await db.issued.put(withdrawn);
    return { status: 'signed', row: signedNew.row, withdrawn };
  });
}

type Signed = { readonly withdrawn: IssuedWithdrawal; readonly stamp: Stamp } | { readonly refused: WithdrawRefusal };

// Signs with the key that signed the stamp: only that key's signature shows the withdrawal comes from its issuer.
function sign(office: OfficeRow, keys: UnlockedKeys | undefined, old: IssuedRow | undefined, what: { reason: WithdrawalReason; at: number; replacedBy?: string }): Signed {
  if (!old || old.officeId !== office.id) return { refused: 'not-found' };
  if (old.withdrawn) return { refused: 'already-withdrawn' };
  const pair = keys?.get(old.keyId);
  if (!pair) return { refused: 'locked' };
  const certificate = readCertificate(office.keys.find((k) => k.keyId === old.keyId)?.certificate);
  if (!certificate) return { refused: 'no-certificate' };
  const stamp = decodeStamp(textToValue(old.text).value);
  const claims = { stamp: fromHex(old.id), reason: what.reason, withdrawnAt: what.at, ...(what.replacedBy ? { replacement: fromHex(what.replacedBy) } : {}) };
  const w = issueWithdrawal(claims, pair, certificate, stamp);
  // The same signature without the carried stamp: the holder's app has the stamp already.
  const short = sign1ToCbor(w.sign1, new Map([[HEADER_CERTIFICATE, w.sign1.unprotected.get(HEADER_CERTIFICATE)!]]));
  const withdrawn: IssuedWithdrawal = {
    at: what.at,
    reason: what.reason,
    ...(what.replacedBy ? { replacedBy: what.replacedBy } : {}),
    text: valueToText('withdrawal', withdrawalToCbor(w)),
    holderText: valueToText('withdrawal', short),
  };
  return { withdrawn, stamp };
}

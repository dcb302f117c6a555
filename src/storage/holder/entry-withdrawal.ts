// Withdrawn and replaced entries in the holder's pass. A withdrawal (`BBP1:W:…`) shown by the
// office is checked against the stamp it names, as stored in this pass: the withdrawal must be
// signed by the very key that signed the stamp (the stamp's own certificate names it), so no
// other office can take back someone else's stamp. A corrected stamp marks the stamp it replaces
// only when the same office key signed both. The entry stays stored; it is shown as withdrawn
// and left out of presentations.
import {
  bestVerifier, bytesEqual, decodeCbor, decodeReason, decodeStamp, decodeWithdrawal, fromText, toHex, verifySign1, DEFAULT_SKEW,
  type Stamp, type Withdrawal,
} from '../../core';
import type { BbpassDb } from '../db';
import type { EntryRow, EntryWithdrawn } from '../rows';
import type { ReceiveOutcome } from './holder-api';
import { storedStampValue } from './stamp-rows';

/** Whether a scanned text is a withdrawal code (so receive() hands it here rather than refusing it as no stamp). */
export function isWithdrawalText(text: string): boolean {
  return text.trimStart().startsWith('BBP1:W:');
}

/** Checks a scanned withdrawal against the stamp it names in pass `passId` and marks that entry withdrawn (one transaction). */
export async function receiveWithdrawal(db: BbpassDb, passId: string, text: string, now: number): Promise<ReceiveOutcome> {
  let w: Withdrawal;
  try {
    w = decodeWithdrawal(decodeCbor(fromText(text.trim()).bytes));
  } catch (e) {
    const reason = decodeReason(e, ['unsupported-version']);
    return { status: 'refused', reason: reason === 'malformed' ? 'unreadable' : reason };
  }
  const id = toHex(w.claims.stamp);
  const row = await db.entries.get(id);
  if (!row || row.passId !== passId) return { status: 'refused', reason: 'not-in-pass' };
  const stamp = stampOf(row);
  if (!stamp?.certificate) return { status: 'refused', reason: 'malformed' };
  // The key that signed the stamp signs its withdrawal: checked with the stamp's own certificate, no trust list needed.
  if (!bytesEqual(w.sign1.kid, stamp.sign1.kid) || !(await verifySign1(w.sign1, stamp.certificate.claims.officeKey, await bestVerifier()))) {
    return { status: 'refused', reason: 'bad-signature' };
  }
  if (w.claims.withdrawnAt > now + DEFAULT_SKEW) return { status: 'refused', reason: 'future-dated' };
  const withdrawn: EntryWithdrawn = { at: w.claims.withdrawnAt, reason: w.claims.reason, ...(w.claims.replacement ? { replacedBy: toHex(w.claims.replacement) } : {}) };
  return db.transaction('rw', db.entries, async (): Promise<ReceiveOutcome> => {
    const current = await db.entries.get(id);
    if (!current) return { status: 'refused', reason: 'not-in-pass' };
    // The first withdrawal seen stays (a replacement named later by the corrected stamp is kept too).
    const next: EntryRow = current.withdrawn ? current : { ...current, withdrawn };
    await db.entries.put(next);
    const { checked: _kept, ...entry } = next;
    return { status: 'withdrawn', entry };
  });
}

/** Inside receive()'s transaction: a verified corrected stamp (signed by `officeKey`) marks the entry it replaces, when the same office key signed both. */
export async function markReplaced(db: BbpassDb, passId: string, corrected: Stamp, correctedId: string, officeKey: Uint8Array): Promise<void> {
  const replaces = corrected.claims.replaces;
  if (!replaces) return;
  const old = await db.entries.get(toHex(replaces));
  if (!old || old.passId !== passId || old.withdrawn) return;
  const stamp = stampOf(old);
  if (!stamp?.certificate || !bytesEqual(stamp.certificate.claims.officeKey, officeKey)) return;
  await db.entries.put({ ...old, withdrawn: { at: corrected.claims.issuedAt, reason: 'corrected', replacedBy: correctedId } });
}

function stampOf(row: EntryRow): Stamp | undefined {
  try {
    return decodeStamp(storedStampValue(row));
  } catch (e) {
    // A damaged record cannot be matched: it names no key, so nothing can withdraw or replace it.
    decodeReason(e, []);
    return undefined;
  }
}

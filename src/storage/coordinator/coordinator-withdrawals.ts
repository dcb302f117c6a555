// Stamp withdrawals at the coordinator: an office's signed withdrawal is checked against this
// district's root (checkWithdrawal, FORMAT.md §9.12) and kept; every trust list published from
// here lists every withdrawal kept, and every one the previously published list carried, so a
// withdrawal once listed is never dropped by a later version.
import {
  bestVerifier, checkWithdrawal, decodeTrustList, decodeWithdrawal, listedWithdrawal, textToValue, toHex,
  type ListedWithdrawal, type WithdrawalRefusal,
} from '../../core';
import type { BbpassDb } from '../db';
import type { DistrictRootRow, WithdrawalRow } from '../rows';

/** Outcome of importing a withdrawal: the kept row, or why it was refused. */
export type WithdrawalImport =
  | { readonly status: 'accepted'; readonly row: WithdrawalRow }
  | { readonly status: 'refused'; readonly reason: WithdrawalRefusal | 'not-a-withdrawal' };

/** The longest withdrawal text read (a stamp with its entry and a certificate fit in well under 4 KB). */
const MAX_TEXT = 16_000;

/** Checks a withdrawal (`BBP1:W:…` text or file content) for `root`'s district and keeps it; a repeat keeps the first. */
export async function importWithdrawal(db: BbpassDb, root: DistrictRootRow, text: string, now: number): Promise<WithdrawalImport> {
  let value;
  try {
    if (text.length > MAX_TEXT) return { status: 'refused', reason: 'malformed' };
    const read = textToValue(text.trim());
    if (read.kind !== 'withdrawal') return { status: 'refused', reason: 'not-a-withdrawal' };
    value = read.value;
  } catch {
    // Text from outside: whatever does not decode as a payload is no withdrawal.
    return { status: 'refused', reason: 'not-a-withdrawal' };
  }
  const anchor = { district: root.district, name: root.name, publicKey: root.publicKey };
  const verdict = await checkWithdrawal(value, { anchor, now, verify: await bestVerifier() });
  if (!verdict.accepted) return { status: 'refused', reason: verdict.reason };
  const w = verdict.withdrawal;
  const row: WithdrawalRow = {
    id: toHex(w.claims.stamp),
    district: root.district,
    officeName: w.certificate.claims.officeName,
    reason: w.claims.reason,
    withdrawnAt: w.claims.withdrawnAt,
    text: text.trim(),
    importedAt: now,
  };
  return db.transaction('rw', db.withdrawals, async () => {
    const old = await db.withdrawals.get(row.id);
    if (old) return { status: 'accepted' as const, row: old };
    await db.withdrawals.put(row);
    return { status: 'accepted' as const, row };
  });
}

/** The district's kept withdrawals, newest first. */
export async function listWithdrawals(db: BbpassDb, district: string): Promise<WithdrawalRow[]> {
  return (await db.withdrawals.where('district').equals(district).toArray()).sort((a, b) => b.withdrawnAt - a.withdrawnAt);
}

/** What the next trust list lists: the kept withdrawals and those of the last list published from `root` (by stamp, kept first). */
export async function withdrawalsToList(db: BbpassDb, root: DistrictRootRow): Promise<ListedWithdrawal[]> {
  const byStamp = new Map<string, ListedWithdrawal>();
  for (const r of await db.withdrawals.where('district').equals(root.district).toArray()) {
    // Checked on import; decoded again so the list carries exactly the signed claims.
    byStamp.set(r.id, listedWithdrawal(decodeWithdrawal(textToValue(r.text).value)));
  }
  if (root.trustText) {
    for (const w of decodeTrustList(textToValue(root.trustText).value).claims.withdrawals ?? []) {
      if (!byStamp.has(toHex(w.stamp))) byStamp.set(toHex(w.stamp), w);
    }
  }
  return [...byStamp.values()];
}

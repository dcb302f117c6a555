// A restore keeps every stamp of a backup, also those this device cannot verify now (a district
// it does not know, demo mode off, a revoked office): a backup is the holder's only copy, and
// the verdict belongs to the device, not to the stamp. Each row keeps its verdict under the
// trust fingerprint, so opening the pass after a trust change checks it again (entries()).
// Only a text that is no stamp at all has nothing to keep as an entry: it is counted.
import { stampId, verifyStamp, type Reason, type StampVerdict, type VerifyContext } from '../../core';
import type { EntryRow, KeptVerdict } from '../rows';
import type { BackupContent } from './backup-file';
import { checkedOf, entryRowOf, keptOf, readScannedStamp } from './stamp-rows';

/** What a restore found in a backup's stamps, before anything is written. */
export interface RestoredStamps {
  /** One row per distinct stamp, each with the verdict reached now. */
  readonly rows: readonly EntryRow[];
  /** Rows valid on this device now. */
  readonly valid: number;
  /** The other rows by why, most frequent first. */
  readonly notValid: ReadonlyArray<{ readonly reason: Reason; readonly count: number }>;
  /** Texts in the backup that are not readable as a stamp (kept nowhere: there is no entry in them). */
  readonly unreadable: number;
}

// The row of a stamp that did not verify: what it says, unconfirmed, with the text as it was.
function keptRowOf(v: StampVerdict, text: string, passId: string, receivedAt: number): EntryRow | undefined {
  if (v.valid) return entryRowOf(v, passId, receivedAt);
  if (!v.stamp) return undefined;
  const { entry, issuedAt } = v.stamp.claims;
  // The office's name as its certificate asserts it; the entry is shown as not valid, so nobody takes it for confirmed.
  const officeName = (v.issuer ?? v.stamp.certificate)?.claims.officeName ?? '';
  return { id: stampId(v.stamp), passId, type: entry.type, entry, issuedAt, receivedAt, officeName, stampText: text.trim() };
}

/** Verifies every stamp of a backup for its holder key and profile, keeping each one it can read. */
export async function restoreStamps(c: BackupContent, passId: string, holderKey: Uint8Array, ctx: VerifyContext): Promise<RestoredStamps> {
  const trust = ctx.trust.fingerprint();
  const rows = new Map<string, EntryRow>();
  const why = new Map<Reason, number>();
  let unreadable = 0;
  let valid = 0;
  for (const [i, text] of c.stamps.entries()) {
    const scanned = readScannedStamp(text);
    const v = scanned.ok ? await verifyStamp(scanned.value, ctx, { holderKey }) : undefined;
    const row = v && keptRowOf(v, text, passId, c.receivedAt[i]!);
    if (!v || !row) {
      unreadable += 1;
      continue;
    }
    if (rows.has(row.id)) continue;
    // A valid row's text carries its issuer (entryRowOf); another row's text is the backup's, carrying the certificate it was judged by if any.
    const kept = keptOf(v, v.valid || v.stamp?.certificate ? row.stampText : undefined);
    const marked = { ...row, ...c.marks[i] };
    // A verdict of 'future-dated' depends on `now`: never kept (as in entries()).
    rows.set(row.id, kept.reason === 'future-dated' ? marked : { ...marked, checked: { trust, ...kept } satisfies KeptVerdict });
    const seen = checkedOf(kept, c.profile);
    if (seen.valid && !seen.otherPerson) valid += 1;
    else {
      const reason: Reason = seen.otherPerson ? 'person-mismatch' : (seen.reason ?? 'malformed');
      why.set(reason, (why.get(reason) ?? 0) + 1);
    }
  }
  const notValid = [...why].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
  return { rows: [...rows.values()], valid, notValid, unreadable };
}

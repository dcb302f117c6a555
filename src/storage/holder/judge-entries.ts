// Judging a pass's stored entries when it is opened (HolderApi.entries). A verdict depends on the
// stored bytes, the holder key and the trust state, and on `now` only through 'future-dated'
// (never kept): a kept verdict under the same trust fingerprint still holds, so opening a pass
// needs no crypto unless trust changed. Then an entry is judged from its kept facts
// (core's stamp-facts.ts: each certificate read and chain-checked once, no stamp decoded), and
// checked in full only without facts that seal with its text (issue 18, item 5).
import { factsRun, type VerifyContext } from '../../core';
import type { BbpassDb } from '../db';
import type { EntryRow, KeptVerdict, PassRow } from '../rows';
import type { CheckedEntry } from './holder-api';
import { checkedOf, recheckKept, rejudge, sameVerdict } from './stamp-rows';

/** The entries of a pass with their verdicts under `ctx`, keeping each verdict that is new or changed. */
export async function judgeEntries(db: BbpassDb, pass: PassRow, rows: readonly EntryRow[], ctx: VerifyContext): Promise<CheckedEntry[]> {
  const trustState = ctx.trust.fingerprint();
  const run = factsRun(pass.publicKey);
  const fresh: Array<{ key: string; changes: { checked: KeptVerdict } }> = [];
  const checked = await Promise.all(
    rows.map(async ({ checked: kept, ...r }): Promise<CheckedEntry> => {
      // Withdrawn by its office: kept and shown, never valid again, whatever the trust state.
      if (r.withdrawn) return { ...r, ...checkedOf({ ...(kept ?? {}), valid: false, reason: 'withdrawn' }, pass.profile) };
      if (kept?.trust === trustState) return { ...r, ...checkedOf(kept, pass.profile) };
      const judged = kept && (await rejudge(r, kept, ctx, run));
      const verdict = judged ?? (await recheckKept(r, ctx, pass.publicKey, kept?.signature));
      // An unchanged verdict is not written again: its entry is judged from its facts at the next
      // opening too, which costs less than writing every entry of a large pass.
      const unchanged = judged !== undefined && sameVerdict(judged, kept!);
      if (verdict.reason !== 'future-dated' && !unchanged) fresh.push({ key: r.id, changes: { checked: { trust: trustState, ...verdict } } });
      return { ...r, ...checkedOf(verdict, pass.profile) };
    }),
  );
  // bulkUpdate touches only rows that still exist, so a pass deleted meanwhile stays deleted.
  if (fresh.length > 0) await db.entries.bulkUpdate(fresh);
  return checked;
}

// A withdrawal as a trust list carries it: only what a verifier needs to refuse the stamp
// and to say when and why, 24 bytes each (FORMAT.md §7.8 key 8).
import { compareBytes } from '../bytes';
import type { Cbor } from '../cbor';
import { fail } from '../errors';
import { WITHDRAWAL_REASON, type WithdrawalReason } from './codes';
import { checkTime, MAX_TIME } from './objects';
import { STAMP_REF_BYTES } from './stamp';
import type { Withdrawal } from './withdrawal';

/** One withdrawn stamp in a trust list. */
export interface ListedWithdrawal {
  /** The stamp's reference (stampRef). */
  readonly stamp: Uint8Array;
  /** When the office withdrew it (seconds since 1970 UTC). */
  readonly at: number;
  readonly reason: WithdrawalReason;
}

/** The most withdrawals one trust list carries (FORMAT.md §3.5). */
export const MAX_WITHDRAWALS = 5000;

/** What a trust list keeps of an accepted withdrawal. */
export function listedWithdrawal(w: Withdrawal): ListedWithdrawal {
  return { stamp: w.claims.stamp, at: w.claims.withdrawnAt, reason: w.claims.reason };
}

/** The trust list's key 8: sorted by reference, so the list has one encoding and no repeats. */
export function listedWithdrawalsToCbor(ws: readonly ListedWithdrawal[]): Cbor[] | undefined {
  if (ws.length === 0) return undefined;
  if (ws.length > MAX_WITHDRAWALS) throw new RangeError(`at most ${MAX_WITHDRAWALS} withdrawals in a trust list`);
  const sorted = [...ws].sort((a, b) => compareBytes(a.stamp, b.stamp));
  sorted.forEach((w, i) => {
    if (w.stamp.length !== STAMP_REF_BYTES) throw new RangeError(`withdrawal: a stamp reference has ${STAMP_REF_BYTES} bytes`);
    if (i > 0 && compareBytes(sorted[i - 1]!.stamp, w.stamp) === 0) throw new RangeError('withdrawal: the same stamp twice');
  });
  return sorted.map((w) => [w.stamp, checkTime(w.at, 'withdrawal time'), WITHDRAWAL_REASON.code(w.reason)]);
}

function decodeItem(v: Cbor): ListedWithdrawal {
  if (!Array.isArray(v) || v.length !== 3) fail('bad-structure', 'withdrawal must be [stamp, at, reason]');
  const [stamp, at, code] = v;
  if (!(stamp instanceof Uint8Array) || stamp.length !== STAMP_REF_BYTES) fail('bad-structure', `withdrawn stamp reference must be ${STAMP_REF_BYTES} bytes`);
  if (typeof at !== 'number' || at < 0 || at > MAX_TIME) fail('bad-structure', 'withdrawal time out of range');
  const reason = typeof code === 'number' ? WITHDRAWAL_REASON.name(code) : undefined;
  if (!reason) fail('bad-structure', 'unknown withdrawal reason');
  return { stamp, at, reason };
}

/** Reads key 8 (the caller has checked its length): present means non-empty and strictly ascending. */
export function decodeListedWithdrawals(items: readonly Cbor[]): ListedWithdrawal[] {
  if (items.length === 0) fail('bad-structure', 'no withdrawals: leave key 8 out');
  const out = items.map(decodeItem);
  for (let i = 1; i < out.length; i++) {
    if (compareBytes(out[i - 1]!.stamp, out[i]!.stamp) >= 0) fail('bad-structure', 'withdrawals must be sorted by stamp reference, without repeats');
  }
  return out;
}

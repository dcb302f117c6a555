// One flat report for any verifiable payload text, the shape `bbpass verify` prints and the
// test vectors record: {kind, valid, reason, entries[{type, issuer, district, valid, reason}]}
// (`"demo": true` beside an entry vouched for by a DEMO anchor, and at the top when any is, so a
// script that reads only the top never takes a DEMO result for a plain "valid").
import { toHex } from '../bytes';
import { decodeCbor, type Cbor } from '../cbor';
import type { WithdrawalReason } from '../model/codes';
import { fail } from '../errors';
import { assemble } from '../transfer';
import { reasonOf, type Reason } from './reasons';
import type { DistrictRef } from './trust-store';
import { verifyCard, verifyPresentation } from './verify-holder';
import { verifyStamp, type StampVerdict, type VerifyContext } from './verify-stamp';

/** One entry of a report. */
export interface EntryReport {
  readonly type: string | null;
  readonly issuer: string | null;
  /** The pinned anchor that verified the office's certificate, or null when none did. */
  readonly district: Omit<DistrictRef, 'demo'> | null;
  /** Present (true) only when that anchor is a DEMO one: the entry proves nothing outside a demonstration. */
  readonly demo?: true;
  readonly valid: boolean;
  readonly reason: Reason | null;
  /** For 'withdrawn': when (ISO time) and why the office withdrew the stamp. */
  readonly withdrawn?: { readonly at: string; readonly reason: WithdrawalReason };
  /** For a corrected stamp: hex reference of the stamp it replaces. */
  readonly replaces?: string;
}

/** The report on a stamp, pass card or presentation. `valid` means everything in it is valid. */
export interface VerifyReport {
  readonly kind: 'stamp' | 'card' | 'presentation';
  readonly valid: boolean;
  readonly reason: Reason | null;
  /** Present (true) when any entry is vouched for by a DEMO anchor. */
  readonly demo?: true;
  readonly entries: readonly EntryReport[];
}

/** Options of a report: the holder key a single stamp must name, and the allowed age of cards and presentations. */
export interface ReportOptions {
  readonly holderKey?: Uint8Array;
  readonly maxAge?: number;
}

function entryReport(v: StampVerdict): EntryReport {
  return {
    type: v.stamp?.claims.entry.type ?? null,
    issuer: v.issuer?.claims.officeName ?? v.stamp?.certificate?.claims.officeName ?? null,
    district: v.anchor ? { id: v.anchor.district, name: v.anchor.name } : null,
    ...(v.anchor?.demo ? { demo: true as const } : {}),
    valid: v.valid,
    reason: v.valid ? null : v.reason,
    ...(!v.valid && v.withdrawal ? { withdrawn: { at: new Date(v.withdrawal.at * 1000).toISOString(), reason: v.withdrawal.reason } } : {}),
    ...(v.stamp?.claims.replaces ? { replaces: toHex(v.stamp.claims.replaces) } : {}),
  };
}

/**
 * Verifies payload text (one code, or frames in any order). Throws DecodeError when the
 * text cannot be read as a payload at all; a payload that is readable but broken inside
 * gets a report with reason 'malformed'.
 */
export async function verifyTexts(texts: readonly string[], ctx: VerifyContext, opts: ReportOptions = {}): Promise<VerifyReport> {
  // A later format generation of a known kind (e.g. BBP2:S:) is a verdict, not unreadable input.
  const later = /^BBP(\d+):([SCP]):/.exec(texts[0]?.trim() ?? '');
  if (later && later[1] !== '1') {
    const k = ({ S: 'stamp', C: 'card', P: 'presentation' } as const)[later[2] as 'S' | 'C' | 'P'];
    const reason = 'unsupported-version';
    return { kind: k, valid: false, reason, entries: k === 'stamp' ? [{ type: null, issuer: null, district: null, valid: false, reason }] : [] };
  }
  const { kind, bytes } = assemble(texts);
  if (kind !== 'stamp' && kind !== 'card' && kind !== 'presentation') fail('bad-prefix', `a ${kind} is not verified this way`);
  let value: Cbor;
  try {
    value = decodeCbor(bytes);
  } catch (e) {
    const reason = reasonOf(e);
    return { kind, valid: false, reason, entries: kind === 'stamp' ? [{ type: null, issuer: null, district: null, valid: false, reason }] : [] };
  }
  const c = { ...ctx, ...(opts.maxAge === undefined ? {} : { maxAge: opts.maxAge }) };
  if (kind === 'stamp') {
    const v = await verifyStamp(value, c, opts.holderKey ? { holderKey: opts.holderKey } : {});
    return withDemo({ kind, valid: v.valid, reason: v.valid ? null : v.reason, entries: [entryReport(v)] });
  }
  if (kind === 'card') {
    const v = await verifyCard(value, c);
    return { kind, valid: v.valid, reason: v.valid ? null : v.reason, entries: [] };
  }
  const v = await verifyPresentation(value, c);
  const entries = v.entries.map(entryReport);
  // The envelope's own failure comes first; among the entries a stamp of another key outranks one
  // naming another person (so a 'person-mismatch' verdict defers to any 'wrong-holder').
  const ranked = (['wrong-holder', 'person-mismatch'] as const).find((r) => entries.some((x) => x.reason === r));
  const reason = v.valid || v.reason === 'person-mismatch' ? (ranked ?? entries.find((x) => !x.valid)?.reason ?? null) : v.reason;
  return withDemo({ kind, valid: reason === null, reason, entries });
}

/** Marks the report DEMO at the top when any entry is (the key follows `reason`, as FORMAT §9.11 lists it). */
function withDemo(r: VerifyReport): VerifyReport {
  const { kind, valid, reason, entries } = r;
  return entries.some((e) => e.demo) ? { kind, valid, reason, demo: true, entries } : r;
}

// The verifier's judgement of one assembled payload: a presentation (scanned live or read
// from a file) or a single stamp (e.g. from the holder's paper print-out). Every stamp gets
// its own verdict; the envelope (holder signature, freshness) is judged separately, so a
// stale or filmed presentation still shows which stamps are genuine, and never hides one.
//
// A presentation FILE is not a live presence proof: presentations are re-signed every
// 150 s and go stale after minutes, so a file would always fail freshness. A file is
// therefore verified completely except for its age, and the result says "file, made at …"
// (mode 'file') instead of failing every entry.
import { decodeCbor } from '../cbor';
import { decodeReason } from '../decode-reason';
import { samePerson, type Person } from '../model/holder';
import { decodePresentation, type Presentation } from '../model/presentation';
import type { Entry } from '../model/entries';
import type { WireKind } from '../wire';
import type { Reason } from './reasons';
import { districtRef, type DistrictRef } from './trust-store';
import { entryDay, summarizeEntries, type VerifiedSummary, type VerifiedEntry } from './summary';
import { verifyPresentation } from './verify-holder';
import { verifyStamp, type StampVerdict, type VerifyContext } from './verify-stamp';

/** How the payload reached the verifier. */
export type CheckMode = 'live' | 'file';

/** One stamp as the verifier shows it; `entry` is absent only when the stamp could not be read. */
export interface CheckedItem {
  readonly valid: boolean;
  readonly reason: Reason | null;
  readonly entry?: Entry;
  readonly officeName?: string;
  /** The pinned district that verified the office's certificate (absent when none did). */
  readonly district?: DistrictRef;
  readonly issuedAt?: number;
  /** The day for the timeline (see entryDay). */
  readonly day?: string;
  /** When the office was revoked ('issuer-revoked'). */
  readonly revokedSince?: number;
  /** When the office withdrew the stamp ('withdrawn'). */
  readonly withdrawnAt?: number;
  /** The person the stamp is made out to, as the office signed it. */
  readonly namedPerson?: Person;
}

/** A person as the offices signed them into a presentation's stamps, with how many entries name them. */
export interface SignedPerson {
  readonly person: Person;
  readonly entries: number;
  /** True when these entries are valid (they name the presenting holder); false for 'person-mismatch'. */
  readonly confirmed: boolean;
}

/** Why a payload is not something a verifier checks. */
export type RefusedReason = 'malformed' | 'unsupported-version' | 'not-for-verifier' | 'too-large';

/** The verifier's result, held in memory only. */
export type CheckResult =
  | {
      readonly kind: 'presentation';
      readonly mode: CheckMode;
      /** The presenter's own claim: shown only as unconfirmed, and only when no stamp names a person. */
      readonly holder: Person;
      /**
       * Who the genuine stamps name (valid or 'person-mismatch'), confirmed first: what staff
       * compare with the ID. Several entries mean the stamps disagree; none means no stamp verified.
       */
      readonly persons: readonly SignedPerson[];
      readonly createdAt: number;
      /** Reason the envelope fails (e.g. 'stale', 'bad-signature'), or null when it is a sound live proof. */
      readonly envelope: Reason | null;
      readonly items: readonly CheckedItem[];
      readonly summary: VerifiedSummary;
    }
  | {
      readonly kind: 'stamp';
      /** The person the stamp names: a single stamp is bound to no presented key, so staff compare this with the ID. */
      readonly person?: Person;
      readonly items: readonly CheckedItem[];
      readonly summary: VerifiedSummary;
    }
  | { readonly kind: 'refused'; readonly reason: RefusedReason };

/** Options of a check: where the payload came from and the allowed age of a live presentation (seconds). */
export interface CheckOptions {
  readonly mode: CheckMode;
  readonly maxAge: number;
}

function item(v: StampVerdict): CheckedItem {
  const s = v.stamp;
  if (!s) return { valid: false, reason: v.valid ? null : v.reason };
  const officeName = v.issuer?.claims.officeName ?? s.certificate?.claims.officeName;
  const { givenName, familyName, birthDate } = s.claims.holder;
  const district = v.anchor && districtRef(v.anchor);
  return {
    valid: v.valid,
    reason: v.valid ? null : v.reason,
    entry: s.claims.entry,
    issuedAt: s.claims.issuedAt,
    day: entryDay(s.claims.entry, s.claims.issuedAt),
    ...(officeName === undefined ? {} : { officeName }),
    ...(district ? { district } : {}),
    ...(!v.valid && v.since !== undefined ? { revokedSince: v.since } : {}),
    ...(!v.valid && v.withdrawal ? { withdrawnAt: v.withdrawal.at } : {}),
    namedPerson: { givenName, familyName, birthDate },
  };
}

// Only stamps an admitted office really made out to this holder key name a person worth comparing.
function signedPersons(items: readonly CheckedItem[]): SignedPerson[] {
  const out: Array<{ person: Person; entries: number; confirmed: boolean }> = [];
  for (const i of items) {
    if (!i.namedPerson || !(i.valid || i.reason === 'person-mismatch')) continue;
    const known = out.find((p) => samePerson(p.person, i.namedPerson!));
    if (known) known.entries++;
    else out.push({ person: i.namedPerson, entries: 1, confirmed: i.valid });
  }
  return out.sort((a, b) => Number(b.confirmed) - Number(a.confirmed));
}

/** Newest first; unreadable stamps last, so they are seen but do not break the timeline. */
function timeline(items: CheckedItem[]): CheckedItem[] {
  return items.sort((a, b) => (b.day ?? '').localeCompare(a.day ?? '') || (b.issuedAt ?? 0) - (a.issuedAt ?? 0));
}

function summaryOf(items: readonly CheckedItem[]): VerifiedSummary {
  const valid = items.filter((i): i is CheckedItem & { entry: Entry; issuedAt: number } => i.valid && i.entry !== undefined && i.issuedAt !== undefined);
  return summarizeEntries(valid.map((i): VerifiedEntry => ({ entry: i.entry, issuedAt: i.issuedAt, officeName: i.officeName ?? '' })));
}

/** Judges one assembled payload; never throws for bad input. */
export async function checkPayload(kind: Exclude<WireKind, 'frame'>, bytes: Uint8Array, ctx: VerifyContext, opts: CheckOptions): Promise<CheckResult> {
  if (kind !== 'presentation' && kind !== 'stamp') return { kind: 'refused', reason: 'not-for-verifier' };
  let value;
  try {
    value = decodeCbor(bytes);
  } catch (e) {
    return { kind: 'refused', reason: decodeReason(e, ['unsupported-version', 'too-large']) };
  }
  const shared = { ...ctx, certCache: ctx.certCache ?? new Map() };
  if (kind === 'stamp') {
    const v = await verifyStamp(value, shared);
    const items = [item(v)];
    const h = v.stamp?.claims.holder;
    return { kind, ...(h ? { person: { givenName: h.givenName, familyName: h.familyName, birthDate: h.birthDate } } : {}), items, summary: summaryOf(items) };
  }
  // Decoded once, here: over the limits (FORMAT.md §3.5) it is refused by name before any stamp or signature is checked.
  let p: Presentation;
  try {
    p = decodePresentation(value);
  } catch (e) {
    return { kind: 'refused', reason: decodeReason(e, ['unsupported-version', 'too-large']) };
  }
  const v = await verifyPresentation(p, { ...shared, maxAge: opts.maxAge });
  const { givenName, familyName, birthDate } = p.holder;
  const items = timeline(v.entries.map(item));
  return {
    kind,
    mode: opts.mode,
    holder: { givenName, familyName, birthDate },
    persons: signedPersons(items),
    createdAt: p.createdAt,
    // A file's age is shown, not judged (see the note at the top); 'stale' comes only after the signature checks passed.
    envelope: v.valid || (opts.mode === 'file' && v.reason === 'stale') ? null : v.reason,
    items,
    summary: summaryOf(items),
  };
}

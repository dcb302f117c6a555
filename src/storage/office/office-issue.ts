// Issuing at the counter: read and verify the holder's pass card, sign a stamp for it and
// keep the stamp in the office's own log, or re-issue a logged entry to a new holder key.
import {
  bestVerifier, DEFAULT_CARD_MAX_AGE, fromHex, issueStamp, keyId, latinNameDefect, MAX_NAME, stampId, textDefect, stampToCbor, textToValue, toHex, valueToText, verifyCard,
  type Entry, type Holder, type Person, type Reason,
} from '../../core';
import type { BbpassDb } from '../db';
import type { UnlockedKeys } from './office-keys';
import type { IssuedRow, OfficeRow } from '../rows';
import { officeStatus, type NotReady } from './office-status';
import { revokedAt, type OfficeRevocation } from './office-revocation';

/** The verdict on a scanned pass card. */
export type CardCheck =
  | { readonly valid: true; readonly holder: Holder; readonly createdAt: number }
  | { readonly valid: false; readonly reason: Reason | 'not-a-card' | 'name-not-latin' };

/** Why a stamp was not signed. */
export type SignRefusal = 'locked' | NotReady | 'revoked' | 'type-not-allowed' | 'invalid-entry';

/** Outcome of signing. */
export type SignOutcome = { readonly status: 'signed'; readonly row: IssuedRow } | { readonly status: 'refused'; readonly reason: SignRefusal };

/** What to sign: the holder from a verified card, the entry, and where it came from. */
export interface SignRequest {
  readonly holder: Holder;
  readonly entry: Entry;
  readonly templateId?: string;
  readonly reissueOf?: string;
  /** A re-issue to a name spelt differently: the old row's name and who confirmed it. */
  readonly confirmed?: { readonly nameBefore: string; readonly by: string };
  /** For a correction: the id (stampId) of the stamp the new one replaces. */
  readonly replaces?: string;
}

/** Checks a scanned text: a pass card with a valid holder signature, no older than `maxAge` seconds. */
export async function checkCard(text: string, now: number, maxAge = DEFAULT_CARD_MAX_AGE): Promise<CardCheck> {
  let value;
  try {
    const read = textToValue(text.trim());
    if (read.kind !== 'card') return { valid: false, reason: 'not-a-card' };
    value = read.value;
  } catch {
    // Scanned text is untrusted: whatever the camera read that does not decode is no pass card.
    return { valid: false, reason: 'not-a-card' };
  }
  const verdict = await verifyCard(value, { now, maxAge, verify: await bestVerifier() });
  if (!verdict.valid) return { valid: false, reason: verdict.reason };
  const { givenName, familyName } = verdict.card.claims.holder;
  // Readers accept such a card (FORMAT.md §7.1.2), but staff could not compare it with the ID.
  if (latinNameDefect(givenName) || latinNameDefect(familyName)) return { valid: false, reason: 'name-not-latin' };
  return { valid: true, holder: verdict.card.claims.holder, createdAt: verdict.card.claims.createdAt };
}

/** Signs a stamp with the office's signing key and logs it, or says why not (`revocations`: those of the trust lists held). */
export async function signStamp(db: BbpassDb, office: OfficeRow, keys: UnlockedKeys | undefined, req: SignRequest, now: number, revocations: readonly OfficeRevocation[] = []): Promise<SignOutcome> {
  const status = officeStatus(office, now);
  if (status.state !== 'ready') return { status: 'refused', reason: status.state };
  if (revokedAt(revocations, status.key.keyId, now)) return { status: 'refused', reason: 'revoked' };
  const pair = keys?.get(status.key.keyId);
  if (!pair) return { status: 'refused', reason: 'locked' };
  if (!status.certificate.claims.allowedTypes.includes(req.entry.type)) return { status: 'refused', reason: 'type-not-allowed' };
  let stamp;
  try {
    stamp = issueStamp({ holder: req.holder, issuedAt: now, entry: req.entry, ...(req.replaces ? { replaces: fromHex(req.replaces) } : {}) }, pair, status.certificate);
  } catch (e) {
    if (e instanceof RangeError) return { status: 'refused', reason: 'invalid-entry' };
    throw e;
  }
  const { holder } = req;
  const row: IssuedRow = {
    id: stampId(stamp),
    officeId: office.id,
    keyId: status.key.keyId,
    issuedAt: now,
    type: req.entry.type,
    ...(req.templateId ? { templateId: req.templateId } : {}),
    holderName: latinNameOf(stamp.claims.holder),
    ...(nativeNameOf(stamp.claims.holder) ? { holderNameNative: nativeNameOf(stamp.claims.holder) } : {}),
    holderBirthDate: holder.birthDate,
    holderKeyId: toHex(keyId(holder.publicKey)),
    entry: stamp.claims.entry,
    text: valueToText('stamp', stampToCbor(stamp)),
    ...(req.reissueOf ? { reissueOf: req.reissueOf } : {}),
    ...(req.confirmed ? { reissueConfirmedBy: req.confirmed.by, reissueNameBefore: req.confirmed.nameBefore } : {}),
    ...(req.replaces ? { replaces: req.replaces } : {}),
  };
  await db.issued.put(row);
  return { status: 'signed', row };
}

const latinNameOf = (p: Person) => `${p.givenName} ${p.familyName}`.normalize('NFC').trim();
const nativeNameOf = (p: Person) => [p.givenNameNative, p.familyNameNative].filter(Boolean).join(' ');

/** Why a re-issue was refused before signing; 'name-differs' can be overridden (ReissueOverride). */
export type ReissueRefusal = 'not-found' | 'same-holder' | 'other-person' | 'name-differs';

/** Staff's confirmation that the ID was checked and the differently spelt name is the same person. */
export interface ReissueOverride {
  readonly idChecked: boolean;
  /** Who confirmed it (kept in the log). */
  readonly confirmedBy: string;
}

/**
 * Re-issues a logged entry to the new key of the same person (lost phone, no backup): the new
 * card must name a different key and the same birth date; a name spelt differently (Mohammed,
 * Muhammad) needs staff's override after an ID check, logged with who confirmed it. The new
 * stamp links to the old one. The same key is allowed only with a changed name (a Latin name added).
 */
export async function reissue(
  db: BbpassDb, office: OfficeRow, keys: UnlockedKeys | undefined, issuedId: string, holder: Holder, now: number, override?: ReissueOverride,
  revocations: readonly OfficeRevocation[] = [],
): Promise<SignOutcome | { status: 'refused'; reason: ReissueRefusal }> {
  const old = await db.issued.get(issuedId);
  if (!old || old.officeId !== office.id) return { status: 'refused', reason: 'not-found' };
  // The same key is the pass that holds the stamp already, unless its name changed since: a pass
  // made before the Latin-name rule that added its Latin name needs its stamps under that name,
  // and the new one replaces the old (FORMAT §7.1.2), so the holder's app marks the old one.
  const sameKey = toHex(keyId(holder.publicKey)) === old.holderKeyId;
  if (sameKey && latinNameOf(holder) === old.holderName) return { status: 'refused', reason: 'same-holder' };
  if (holder.birthDate !== old.holderBirthDate) return { status: 'refused', reason: 'other-person' };
  const req = { holder, entry: old.entry, templateId: old.templateId, reissueOf: old.id, ...(sameKey ? { replaces: old.id } : {}) };
  if (latinNameOf(holder) === old.holderName) return signStamp(db, office, keys, req, now, revocations);
  const by = override?.idChecked ? override.confirmedBy.normalize('NFC').trim() : '';
  if (!by || [...by].length > MAX_NAME || textDefect(by)) return { status: 'refused', reason: 'name-differs' };
  return signStamp(db, office, keys, { ...req, confirmed: { nameBefore: old.holderName, by } }, now, revocations);
}


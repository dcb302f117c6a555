// The office's keys: made on this device, stored only sealed under the staff passphrase,
// unlocked per working session, certified by the district coordinator, rotated without
// losing the log (the log hangs on the office id, not on a key).
import {
  bytesEqual, createRegistration, decodeCertificate, generateKeyPair, keyId, registrationToCbor, seal, SealError, textToValue, toHex, unseal,
  valueToText, type Certificate, type EntryType, type KeyPair, type OfficeKind,
} from '../../core';
import type { BbpassDb } from '../db';
import type { OfficeKeyRecord, OfficeRow } from '../rows';
import { currentKey, readCertificate } from './office-status';

/** What staff fill in when setting up the office. */
export interface OfficeProfile {
  readonly name: string;
  readonly kind: OfficeKind;
  readonly district: string;
  readonly address?: string;
  readonly contact?: string;
}

/** Unlocked keys of a working session, by hex key id. */
export type UnlockedKeys = ReadonlyMap<string, KeyPair>;

/** Why unlocking failed. */
export type UnlockRefusal = 'wrong-passphrase' | 'damaged';

/** Outcome of importing a certificate. */
export type CertificateImport =
  | { readonly status: 'imported'; readonly certificate: Certificate; readonly office: OfficeRow }
  | { readonly status: 'refused'; readonly reason: 'not-a-certificate' | 'other-key' };

async function newKey(passphrase: string, now: number, iterations?: number): Promise<{ record: OfficeKeyRecord; pair: KeyPair }> {
  const pair = generateKeyPair();
  const sealedSecret = await seal(pair.secretKey, passphrase, iterations);
  return { pair, record: { keyId: toHex(keyId(pair.publicKey)), publicKey: pair.publicKey, sealedSecret, createdAt: now } };
}

/** The device's office (one per device), if set up. */
export async function loadOffice(db: BbpassDb): Promise<OfficeRow | undefined> {
  return db.offices.toCollection().first();
}

/** Sets up the office with a new key sealed under `passphrase`; returns the row and the unlocked keys. */
export async function setupOffice(db: BbpassDb, profile: OfficeProfile, passphrase: string, now: number, iterations?: number): Promise<{ office: OfficeRow; keys: UnlockedKeys }> {
  const { record, pair } = await newKey(passphrase, now, iterations);
  const office: OfficeRow = {
    // The first key's id names the office for good; later keys do not change it.
    id: record.keyId,
    name: profile.name.trim(),
    kind: profile.kind,
    district: profile.district.trim(),
    ...(profile.address?.trim() ? { address: profile.address.trim() } : {}),
    ...(profile.contact?.trim() ? { contact: profile.contact.trim() } : {}),
    keys: [record],
    createdAt: now,
  };
  await db.offices.put(office);
  return { office, keys: new Map([[record.keyId, pair]]) };
}

/** Changes name, kind, district, address or contact (keys and log stay). */
export async function updateProfile(db: BbpassDb, office: OfficeRow, profile: OfficeProfile): Promise<OfficeRow> {
  const next: OfficeRow = { ...office, name: profile.name.trim(), kind: profile.kind, district: profile.district.trim(), address: profile.address?.trim() || undefined, contact: profile.contact?.trim() || undefined };
  await db.offices.put(next);
  return next;
}

/** Opens every sealed key of the office with the passphrase. */
export async function unlockOffice(office: OfficeRow, passphrase: string): Promise<{ ok: true; keys: UnlockedKeys } | { ok: false; reason: UnlockRefusal }> {
  const keys = new Map<string, KeyPair>();
  try {
    for (const k of office.keys) {
      const secretKey = await unseal(k.sealedSecret, passphrase);
      // tweetnacl's secret key ends with the public key: a mismatch means a damaged record.
      if (!bytesEqual(secretKey.slice(32), k.publicKey)) return { ok: false, reason: 'damaged' };
      keys.set(k.keyId, { publicKey: k.publicKey, secretKey });
    }
  } catch (e) {
    if (e instanceof SealError) return { ok: false, reason: e.code === 'bad-format' ? 'damaged' : 'wrong-passphrase' };
    throw e;
  }
  return { ok: true, keys };
}

/** The registration request of the newest key as payload text (`BBP1:R:…`). */
export function registrationText(office: OfficeRow, keys: UnlockedKeys, requestedTypes: readonly EntryType[], now: number): string {
  const pair = keys.get(currentKey(office).keyId);
  // An office set up before the district was a profile field (the seeded demo) takes it from a certificate.
  const district = office.district ?? office.keys.map((k) => readCertificate(k.certificate)?.claims.district).find(Boolean);
  if (!pair || !district) throw new Error('registration needs the unlocked newest key and a district');
  const reg = createRegistration(
    { district, officeName: office.name, officeKind: office.kind as OfficeKind, requestedTypes, address: office.address, contact: office.contact, createdAt: now },
    pair,
  );
  return valueToText('registration', registrationToCbor(reg));
}

/** Stores a certificate on the key it certifies; refuses anything else. */
export async function importCertificate(db: BbpassDb, office: OfficeRow, text: string): Promise<CertificateImport> {
  let certificate: Certificate;
  try {
    const { kind, value } = textToValue(text.trim());
    if (kind !== 'certificate') return { status: 'refused', reason: 'not-a-certificate' };
    certificate = decodeCertificate(value);
  } catch {
    // Pasted or scanned text is untrusted: whatever fails to decode as a certificate is refused as one.
    return { status: 'refused', reason: 'not-a-certificate' };
  }
  const index = office.keys.findIndex((k) => bytesEqual(k.publicKey, certificate.claims.officeKey));
  if (index < 0) return { status: 'refused', reason: 'other-key' };
  const keys = office.keys.map((k, i) => (i === index ? { ...k, certificate: text.trim() } : k));
  const next: OfficeRow = { ...office, keys, district: office.district ?? certificate.claims.district };
  await db.offices.put(next);
  return { status: 'imported', certificate, office: next };
}

/** Adds a new newest key sealed under the same passphrase; it signs once its certificate is imported. */
export async function rotateKey(db: BbpassDb, office: OfficeRow, keys: UnlockedKeys, passphrase: string, now: number, iterations?: number): Promise<{ ok: true; office: OfficeRow; keys: UnlockedKeys } | { ok: false; reason: UnlockRefusal }> {
  // Re-checking the passphrase keeps one passphrase for all keys of the office.
  const check = await unlockOffice({ ...office, keys: [currentKey(office)] }, passphrase);
  if (!check.ok) return check;
  const { record, pair } = await newKey(passphrase, now, iterations);
  const next: OfficeRow = { ...office, keys: [...office.keys, record] };
  await db.offices.put(next);
  return { ok: true, office: next, keys: new Map([...keys, [record.keyId, pair]]) };
}

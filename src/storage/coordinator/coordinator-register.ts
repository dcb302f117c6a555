// The register of admitted offices: a registration request is checked (proof of possession),
// the root signs a certificate, and the admission is kept. Revoking marks a "revoked since"
// time; publishing signs the next trust list version from the register.
import {
  bestVerifier, certificateToCbor, decodeCbor, decodeCertificate, decodeRegistration, textToValue, fromText, issueCertificate, issueTrustList, keyId, toHex,
  trustFileText, trustListToCbor, valueToText, verifyRegistration, decodeReason, fromHex, type EntryType, type KeyPair, type Registration,
} from '../../core';
import type { BbpassDb } from '../db';
import { withdrawalsToList } from './coordinator-withdrawals';
import type { AdmissionRow, DistrictRootRow } from '../rows';

/** Reading a registration request: the request, or why it is refused. */
export type RequestOutcome =
  | { readonly status: 'ok'; readonly request: Registration }
  | { readonly status: 'refused'; readonly reason: 'unreadable' | 'not-a-request' | 'weak-key' | 'bad-signature' | 'wrong-district' };

/** Decodes a request (QR text or file content) and checks it is signed by the key it names, for this district. */
export async function readRequest(text: string, district: string): Promise<RequestOutcome> {
  let request: Registration;
  try {
    const { kind, bytes } = fromText(text.trim());
    if (kind !== 'registration') return { status: 'refused', reason: 'not-a-request' };
    request = decodeRegistration(decodeCbor(bytes));
  } catch (e) {
    const reason = decodeReason(e, ['not-a-payload', 'weak-key']);
    return { status: 'refused', reason: reason === 'not-a-payload' ? 'not-a-request' : reason === 'malformed' ? 'unreadable' : reason };
  }
  if (!(await verifyRegistration(request, await bestVerifier()))) return { status: 'refused', reason: 'bad-signature' };
  if (request.claims.district !== district) return { status: 'refused', reason: 'wrong-district' };
  return { status: 'ok', request };
}

/** What the coordinator decides for an office. */
export interface AdmitChoice {
  readonly types: readonly EntryType[];
  readonly validFrom: number;
  readonly validUntil: number;
  /** The device's label within its office, e.g. "Theke 1". */
  readonly deviceLabel?: string;
}

/** Why a device was not admitted to the office the coordinator chose. */
export type AdmitRefusal = 'unknown-office' | 'office-revoked' | 'same-key';

/** Outcome of admitting a further device: the register row, or why not. */
export type AdmitOutcome = { readonly status: 'admitted'; readonly row: AdmissionRow } | { readonly status: 'refused'; readonly reason: AdmitRefusal };

/** The office a row belongs to (hex): its office id, or its own key id for an office's first device. */
export const officeOfRow = (a: AdmissionRow): string => a.officeId ?? a.id;

/** The register grouped by office: each office's first device, then its further devices in order of admission (offices newest first). */
export function byOffice(rows: readonly AdmissionRow[]): AdmissionRow[] {
  const groups = new Map<string, AdmissionRow[]>();
  for (const r of [...rows].sort((a, b) => a.admittedAt - b.admittedAt)) groups.set(officeOfRow(r), [...(groups.get(officeOfRow(r)) ?? []), r]);
  const first = (g: AdmissionRow[]) => g.find((r) => r.officeId === undefined) ?? g[0]!;
  return [...groups.values()].sort((a, b) => first(b).admittedAt - first(a).admittedAt).flatMap((g) => [first(g), ...g.filter((r) => r !== first(g))]);
}

/** Signs the office's certificate and records the admission; returns the row (its certificate text inside). */
export async function admit(db: BbpassDb, root: KeyPair, rootRow: DistrictRootRow, request: Registration, choice: AdmitChoice, now: number): Promise<AdmissionRow> {
  return record(db, root, rootRow, request.claims, choice, now);
}

/**
 * Admits a key as a further device of a registered office (hex `officeId`): the office's first
 * device must be in this district's register and not revoked. The device gets the office's name
 * and kind as admitted, so a verifier shows one name for all of an office's devices.
 */
export async function admitDevice(db: BbpassDb, root: KeyPair, rootRow: DistrictRootRow, request: Registration, officeId: string, choice: AdmitChoice, now: number): Promise<AdmitOutcome> {
  if (officeId === toHex(keyId(request.claims.officeKey))) return { status: 'refused', reason: 'same-key' };
  const first = await db.admissions.get(officeId);
  if (!first || first.district !== rootRow.district || first.officeId !== undefined) return { status: 'refused', reason: 'unknown-office' };
  if (first.revokedSince !== undefined && first.revokedSince <= now) return { status: 'refused', reason: 'office-revoked' };
  const office = decodeCertificate(textToValue(first.certificate).value).claims;
  const row = await record(db, root, rootRow, { ...request.claims, officeName: office.officeName, officeKind: office.officeKind, officeId }, choice, now);
  return { status: 'admitted', row };
}

async function record(
  db: BbpassDb, root: KeyPair, rootRow: DistrictRootRow, c: Pick<Registration['claims'], 'officeKey' | 'officeName' | 'officeKind'> & { officeId?: string }, choice: AdmitChoice, now: number,
): Promise<AdmissionRow> {
  const cert = issueCertificate(
    {
      district: rootRow.district, officeKey: c.officeKey, officeName: c.officeName, officeKind: c.officeKind, allowedTypes: choice.types, validFrom: choice.validFrom,
      validUntil: choice.validUntil, ...(c.officeId ? { officeId: fromHex(c.officeId) } : {}), deviceLabel: choice.deviceLabel,
    },
    root,
  );
  const row: AdmissionRow = {
    id: toHex(keyId(c.officeKey)),
    ...(c.officeId ? { officeId: c.officeId } : {}),
    ...(cert.claims.deviceLabel ? { deviceLabel: cert.claims.deviceLabel } : {}),
    district: rootRow.district,
    officeName: cert.claims.officeName,
    types: cert.claims.allowedTypes,
    notBefore: choice.validFrom,
    notAfter: choice.validUntil,
    certificate: valueToText('certificate', certificateToCbor(cert)),
    admittedAt: now,
  };
  // Admitting the same key again (e.g. longer validity) replaces the entry but keeps a revocation.
  await db.transaction('rw', db.admissions, async () => {
    const old = await db.admissions.get(row.id);
    await db.admissions.put(old?.revokedSince === undefined ? row : { ...row, revokedSince: old.revokedSince });
  });
  return (await db.admissions.get(row.id))!;
}

/** State of an admitted office at a time. */
export type AdmissionState = 'valid' | 'not-yet-valid' | 'expired' | 'revoked';

/** The state of an admission at `now` (revoked from its "revoked since" time on). */
export function admissionState(row: AdmissionRow, now: number): AdmissionState {
  if (row.revokedSince !== undefined && now >= row.revokedSince) return 'revoked';
  if (now < row.notBefore) return 'not-yet-valid';
  return now > row.notAfter ? 'expired' : 'valid';
}

/** The register of a district, newest admission first. */
export async function listAdmissions(db: BbpassDb, district: string): Promise<AdmissionRow[]> {
  return (await db.admissions.where('district').equals(district).toArray()).sort((a, b) => b.admittedAt - a.admittedAt);
}

/** Revokes an office from `since` on (an earlier time already set stays: revocation never shrinks). */
export async function revoke(db: BbpassDb, id: string, since: number): Promise<AdmissionRow | undefined> {
  return db.transaction('rw', db.admissions, async () => {
    const row = await db.admissions.get(id);
    if (!row) return undefined;
    const next = { ...row, revokedSince: Math.min(since, row.revokedSince ?? since) };
    await db.admissions.put(next);
    return next;
  });
}

/** A published trust list: the payload text (for a QR code) and a `bbpass-trust` file. */
export interface PublishedList {
  readonly version: number;
  readonly text: string;
  readonly fileText: string;
}

/** Signs the next trust list version (strictly above the last one) from the register and the withdrawals, in one transaction. */
export async function publishTrustList(db: BbpassDb, root: KeyPair, district: string, now: number): Promise<PublishedList> {
  return db.transaction('rw', db.districtRoots, db.admissions, db.withdrawals, async () => {
    const row = await db.districtRoots.get(district);
    if (!row) throw new Error(`no root for ${district}`);
    const withdrawals = await withdrawalsToList(db, row);
    const admissions = await db.admissions.where('district').equals(district).toArray();
    const version = (row.trustVersion ?? 0) + 1;
    const certificates = admissions.map((a) => decodeCertificate(textToValue(a.certificate).value));
    const list = issueTrustList(
      {
        district,
        districtName: row.name,
        version,
        issuedAt: now,
        certificates,
        revocations: admissions.flatMap((a, i) => (a.revokedSince === undefined ? [] : [{ officeKey: certificates[i]!.claims.officeKey, since: a.revokedSince }])),
        withdrawals,
      },
      root,
    );
    const text = valueToText('trustList', trustListToCbor(list));
    await db.districtRoots.put({ ...row, trustVersion: version, trustText: text });
    // The file bbpass writes; its anchor is informational (the app pins its own roots).
    return { version, text, fileText: trustFileText([{ district, name: row.name, publicKey: row.publicKey }], [list]) };
  });
}

// Combining the logs of an office's devices (issue 17): a device exports the stamps it signed
// itself as a signed office log file (core's office-log.ts); another device of the same office
// imports it, so searching and re-issuing after a lost phone work there too. Every imported row
// is rebuilt from its signed stamp (names, birth date, entry, time), so the file's signature and
// the stamps' own signatures both vouch for what lands in the log.
import {
  bestVerifier, bytesEqual, decodeStamp, decodeWithdrawal, keyId, openOfficeLog, signOfficeLog, stampId, stampRef, textToValue, toHex,
  type KeyPair, type OfficeLogRefusal, type TrustStore,
} from '../../core';
import type { BbpassDb } from '../db';
import type { IssuedRow, OfficeRow } from '../rows';
import { deviceIdentity, officeStatus } from './office-status';

/** Why this device could not export its log. */
export type LogExportRefusal = 'no-certificate' | 'locked';
/** Outcome of exporting the log: the file text, or why not. */
export type LogExport = { readonly status: 'exported'; readonly text: string; readonly stamps: number } | { readonly status: 'refused'; readonly reason: LogExportRefusal };

/** Outcome of importing another device's log: how many stamps were new and how many were already here. */
export type LogImport =
  | { readonly status: 'imported'; readonly device: string; readonly added: number; readonly already: number }
  | { readonly status: 'refused'; readonly reason: OfficeLogRefusal | 'own-log' };

/** The most stamps one log file may hold. */
export const MAX_LOG_ROWS = 200_000;

/** Exports the stamps this device signed (not those it combined from others), signed by its current certified key. */
export async function exportLog(db: BbpassDb, office: OfficeRow, keys: ReadonlyMap<string, KeyPair> | undefined, now: number): Promise<LogExport> {
  const status = officeStatus(office, now);
  if (!status.certificate || !status.key.certificate) return { status: 'refused', reason: 'no-certificate' };
  const pair = keys?.get(status.key.keyId);
  if (!pair) return { status: 'refused', reason: 'locked' };
  const own = (await db.issued.where('officeId').equals(office.id).toArray()).filter((r) => r.fromDevice === undefined);
  const id = deviceIdentity(office);
  // Only what the stamps cannot say themselves travels unsigned by them: the holder key id (for the
  // "same key" check of a re-issue), the template-free links and the withdrawal the office signed.
  const rows = own.map((r) => ({ text: r.text, holderKeyId: r.holderKeyId, ...(r.reissueOf ? { reissueOf: r.reissueOf } : {}), ...(r.withdrawn ? { withdrawal: r.withdrawn.text, holderWithdrawal: r.withdrawn.holderText } : {}) }));
  const body = JSON.stringify({ office: id.officeId, device: { id: id.deviceId, ...(id.label ? { label: id.label } : {}) }, exportedAt: now, rows });
  return { status: 'exported', text: signOfficeLog(body, status.key.certificate, pair), stamps: rows.length };
}

interface BodyRow { text: string; holderKeyId: string; reissueOf?: string; withdrawal?: string; holderWithdrawal?: string }

const HEX16 = /^[0-9a-f]{16}$/;
const HEX_ID = /^[0-9a-f]{1,64}$/;

/** Rebuilds one log row from its signed stamp; undefined when the stamp is not the signing device's or does not decode. */
function rowOf(r: BodyRow, office: OfficeRow, device: IssuedRow['fromDevice'], signer: Uint8Array): IssuedRow | undefined {
  if (typeof r.text !== 'string' || typeof r.holderKeyId !== 'string' || !HEX16.test(r.holderKeyId)) return undefined;
  const { kind, value } = textToValue(r.text);
  if (kind !== 'stamp') return undefined;
  const stamp = decodeStamp(value);
  if (!bytesEqual(stamp.sign1.kid, keyId(signer))) return undefined;
  const h = stamp.claims.holder;
  const native = [h.givenNameNative, h.familyNameNative].filter(Boolean).join(' ');
  let withdrawn: IssuedRow['withdrawn'];
  if (typeof r.withdrawal === 'string' && typeof r.holderWithdrawal === 'string') {
    const w = textToValue(r.withdrawal);
    const claims = w.kind === 'withdrawal' ? decodeWithdrawal(w.value).claims : undefined;
    if (!claims || !bytesEqual(claims.stamp, stampRef(stamp))) return undefined;
    withdrawn = { at: claims.withdrawnAt, reason: claims.reason, ...(claims.replacement ? { replacedBy: toHex(claims.replacement) } : {}), text: r.withdrawal, holderText: r.holderWithdrawal };
  }
  return {
    id: stampId(stamp), officeId: office.id, keyId: toHex(stamp.sign1.kid), issuedAt: stamp.claims.issuedAt, type: stamp.claims.entry.type,
    holderName: `${h.givenName} ${h.familyName}`.normalize('NFC').trim(), ...(native ? { holderNameNative: native } : {}), holderBirthDate: h.birthDate,
    holderKeyId: r.holderKeyId, entry: stamp.claims.entry, text: r.text, ...(typeof r.reissueOf === 'string' && HEX_ID.test(r.reissueOf) ? { reissueOf: r.reissueOf } : {}),
    ...(stamp.claims.replaces ? { replaces: toHex(stamp.claims.replaces) } : {}), ...(withdrawn ? { withdrawn } : {}), fromDevice: device,
  };
}

/** Imports another device's log of this office into this device's log, in one transaction; stamps already here stay as they are. */
export async function importLog(db: BbpassDb, office: OfficeRow, text: string, trust: TrustStore): Promise<LogImport> {
  const id = deviceIdentity(office);
  const checked = await openOfficeLog(text, id.officeId, trust, await bestVerifier());
  if (!checked.valid) return { status: 'refused', reason: checked.reason };
  let rows: IssuedRow[];
  let device: { id: string; label?: string };
  try {
    const body = JSON.parse(checked.body) as { device: { id: string; label?: string }; rows: BodyRow[] };
    if (!Array.isArray(body.rows) || body.rows.length > MAX_LOG_ROWS || typeof body.device?.id !== 'string') return { status: 'refused', reason: 'unreadable' };
    const label = checked.certificate.claims.deviceLabel;
    // The label shown is the certificate's (signed by the root), not the body's.
    device = { id: body.device.id, ...(label ? { label } : {}) };
    if (device.id === id.deviceId) return { status: 'refused', reason: 'own-log' };
    const built = body.rows.map((r) => rowOf(r, office, device, checked.certificate.claims.officeKey));
    if (built.some((r) => r === undefined)) return { status: 'refused', reason: 'unreadable' };
    rows = built as IssuedRow[];
  } catch {
    // A signed body that still does not read (a device with a bug) is refused whole: nothing half-imported.
    return { status: 'refused', reason: 'unreadable' };
  }
  let added = 0;
  await db.transaction('rw', db.issued, async () => {
    const have = await db.issued.bulkGet(rows.map((r) => r.id));
    const fresh = rows.filter((_, i) => have[i] === undefined);
    added = fresh.length;
    await db.issued.bulkPut(fresh);
  });
  return { status: 'imported', device: device.label ?? device.id, added, already: rows.length - added };
}

// Whether the office can sign right now, judged from its newest key and that key's
// certificate. Pure: `now` is a parameter, so the screens and the tests agree on the verdict.
import { decodeCertificate, officeIdOf, textToValue, type Certificate, type EntryType } from '../../core';
import type { OfficeKeyRecord, OfficeRow } from '../rows';

/** Why the office cannot sign (the UI picks the sentence from the code). */
export type NotReady = 'no-certificate' | 'certificate-expired' | 'certificate-not-yet-valid';

/** The office's signing state: ready with a certificate, or not, and why. */
export type OfficeStatus =
  | { readonly state: 'ready'; readonly key: OfficeKeyRecord; readonly certificate: Certificate }
  | { readonly state: NotReady; readonly key: OfficeKeyRecord; readonly certificate?: Certificate };

/** Reads a stored certificate text; undefined for none or an unreadable one. */
export function readCertificate(text: string | undefined): Certificate | undefined {
  if (!text) return undefined;
  try {
    const { kind, value } = textToValue(text);
    return kind === 'certificate' ? decodeCertificate(value) : undefined;
  } catch {
    // A stored certificate that no longer decodes (a damaged record) counts as none: the office
    // then shows 'no-certificate' and can import it again; the record itself stays as it was.
    return undefined;
  }
}

/** The newest key: the one that signs (keys are kept newest last). */
export function currentKey(office: OfficeRow): OfficeKeyRecord {
  const key = office.keys[office.keys.length - 1];
  if (!key) throw new Error('an office row always has a key');
  return key;
}

/**
 * The signing state at `now`: the newest key whose certificate is valid signs, so after a key
 * rotation the old key keeps stamping until the new certificate arrives. Otherwise the newest
 * certified key says why not.
 */
export function officeStatus(office: OfficeRow, now: number): OfficeStatus {
  const newestFirst = [...office.keys].reverse().map((key) => ({ key, certificate: readCertificate(key.certificate) }));
  for (const { key, certificate } of newestFirst) {
    if (certificate && certificate.claims.validFrom <= now && now <= certificate.claims.validUntil) return { state: 'ready', key, certificate };
  }
  const certified = newestFirst.find((k) => k.certificate);
  if (!certified?.certificate) return { state: 'no-certificate', key: currentKey(office) };
  const { key, certificate } = certified;
  return { state: now < certificate.claims.validFrom ? 'certificate-not-yet-valid' : 'certificate-expired', key, certificate };
}

/** Entry types the signing certificate allows at `now` (none when the office cannot sign). */
export function allowedTypes(office: OfficeRow, now: number): readonly EntryType[] {
  const status = officeStatus(office, now);
  return status.state === 'ready' ? status.certificate.claims.allowedTypes : [];
}

/** Which office this device belongs to and which device it is (issue 17), from its certificates. */
export interface DeviceIdentity {
  /** Hex id of the office: key 9 of a device certificate, else this device's own id. */
  readonly officeId: string;
  /** This device's stable local id (its first key's id, the office row's id). */
  readonly deviceId: string;
  readonly label?: string;
}

/** The device's identity, read from its newest certificate (before any certificate: its own office). */
export function deviceIdentity(office: OfficeRow): DeviceIdentity {
  const cert = [...office.keys].reverse().map((k) => readCertificate(k.certificate)).find(Boolean);
  const label = cert?.claims.deviceLabel;
  return { officeId: cert ? officeIdOf(cert.claims) : office.id, deviceId: office.id, ...(label ? { label } : {}) };
}

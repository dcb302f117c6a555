// The office log file (issue 17): one device of an office hands its issued log to another device
// of the same office, so search and re-issue work from any of them. The body is signed by the
// exporting device's key; the importing device takes it only when that key's certificate is
// signed by a pinned district root, names the importing device's office (key 9) and is not
// revoked in the trust lists it holds (FORMAT.md §10.7).
import { fromBase64Url, toBase64Url } from '../bytes';
import { sign, type KeyPair, type VerifyFn } from '../ed25519';
import { utf8Encode } from '../platform';
import { verifySign1 } from '../cose';
import { textToValue } from '../wire';
import type { TrustStore } from '../verify/trust-store';
import { decodeCertificate, officeIdOf, type Certificate } from './certificate';

/** File format name of an office log. */
export const OFFICE_LOG_FORMAT = 'bbpass-office-log';
/** The largest log file read (characters): a big office's years of stamps fit many times over. */
export const MAX_OFFICE_LOG = 50_000_000;
// Domain separation: this signature can never be taken for a COSE signature of the same key.
const CONTEXT = 'bbpass-office-log/1\n';

/** Why an office log file was not taken (the UI picks the sentence from the code). */
export type OfficeLogRefusal = 'unreadable' | 'unknown-issuer' | 'bad-signature' | 'other-office' | 'device-revoked';

/** A checked log file: its body (JSON text, still to be read row by row) and the signing device's certificate. */
export type OfficeLogVerdict =
  | { readonly valid: true; readonly body: string; readonly certificate: Certificate }
  | { readonly valid: false; readonly reason: OfficeLogRefusal };

/** Signs a log body with the device's key; `certificate` is that key's certificate as payload text. */
export function signOfficeLog(body: string, certificate: string, keys: KeyPair): string {
  const signature = toBase64Url(sign(utf8Encode(CONTEXT + body), keys.secretKey));
  return JSON.stringify({ format: OFFICE_LOG_FORMAT, version: 1, certificate, body, signature });
}

function envelope(text: string): { certificate: Certificate; body: string; signature: Uint8Array } | undefined {
  if (text.length > MAX_OFFICE_LOG) return undefined;
  try {
    const o = JSON.parse(text) as Record<string, unknown>;
    if (typeof o !== 'object' || o === null || o.format !== OFFICE_LOG_FORMAT || o.version !== 1) return undefined;
    if (Object.keys(o).some((k) => !['format', 'version', 'certificate', 'body', 'signature'].includes(k))) return undefined;
    if (typeof o.certificate !== 'string' || typeof o.body !== 'string' || typeof o.signature !== 'string') return undefined;
    const { kind, value } = textToValue(o.certificate);
    if (kind !== 'certificate') return undefined;
    const signature = fromBase64Url(o.signature);
    return signature.length === 64 ? { certificate: decodeCertificate(value), body: o.body, signature } : undefined;
  } catch {
    // Anything that does not parse as this format is "unreadable": hostile input never throws out of here.
    return undefined;
  }
}

/** Checks a log file for the device of office `officeId` (hex) against the pinned roots and trust lists of `trust`. */
export async function openOfficeLog(text: string, officeId: string, trust: TrustStore, verify: VerifyFn): Promise<OfficeLogVerdict> {
  const e = envelope(text);
  if (!e) return { valid: false, reason: 'unreadable' };
  const { claims, sign1 } = e.certificate;
  const anchor = trust.anchorFor(sign1.kid, claims.district);
  if (!anchor || !(await verifySign1(sign1, anchor.publicKey, verify))) return { valid: false, reason: 'unknown-issuer' };
  if (!(await verify(e.signature, utf8Encode(CONTEXT + e.body), claims.officeKey))) return { valid: false, reason: 'bad-signature' };
  if (officeIdOf(claims) !== officeId) return { valid: false, reason: 'other-office' };
  // A revoked device's key may be in other hands (a stolen tablet): its log is not taken at all.
  if (trust.revokedSince(claims.district, claims.officeKey) !== undefined) return { valid: false, reason: 'device-revoked' };
  return { valid: true, body: e.body, certificate: e.certificate };
}

// Stamp: one entry, signed by the office key, naming the holder. It carries its office
// certificate in the unprotected header: outside the office's signature, so a presentation
// can move it to a shared list (one copy per office) without breaking the stamp.
import nacl from 'tweetnacl';
import { toHex } from '../bytes';
import { encodeCbor, type Cbor } from '../cbor';
import { HEADER_CERTIFICATE, parseSign1, sign1ToCbor, signSign1, type Sign1 } from '../cose';
import { keyId, type KeyPair } from '../ed25519';
import { fail } from '../errors';
import { certificateToCbor, decodeCertificate, type Certificate } from './certificate';
import { decodeEntry, encodeEntry, type Entry } from './entries';
import { holderPairs, readStampHolder, type Holder, type StampHolder } from './holder';
import { checkTime, encodePayload, MAX_TIME, openPayload } from './objects';

/** What an office signs in a stamp. */
export interface StampClaims {
  readonly holder: StampHolder;
  /** Seconds since 1970 UTC. */
  readonly issuedAt: number;
  readonly entry: Entry;
}

/** A decoded stamp; `certificate` is absent inside presentations (it sits in their shared list). */
export interface Stamp {
  readonly claims: StampClaims;
  readonly sign1: Sign1;
  readonly certificate?: Certificate;
}

/** What an office fills in to issue a stamp: the holder as read from the pass card. */
export interface StampRequest {
  readonly holder: Holder;
  readonly issuedAt: number;
  readonly entry: Entry;
}

/**
 * Most bytes (certificate included) of a stamp that carries a native-script name: 395 bytes are
 * 600 Base45 characters with the prefix, the capacity of QR version 15 at EC level M (FORMAT.md
 * §7.4), the size a cheap phone camera still reads at the counter.
 */
export const MAX_STAMP_WITH_NATIVE_NAME = 395;

/** The office signs a stamp and attaches its certificate; the holder's native-script name goes in only where it fits (MAX_STAMP_WITH_NATIVE_NAME). */
export function issueStamp(req: StampRequest, office: KeyPair, certificate: Certificate): Stamp {
  const sign = (holder: Holder): Stamp => {
    const payload = encodePayload('stamp', [...holderPairs(holder, true), [6, checkTime(req.issuedAt, 'issuedAt')], [7, encodeEntry(req.entry)]]);
    const unprotected = new Map([[HEADER_CERTIFICATE, certificateToCbor(certificate)]]);
    return { claims: decodeStampClaims(payload), sign1: signSign1(payload, keyId(office.publicKey), office.secretKey, unprotected), certificate };
  };
  const stamp = sign(req.holder);
  const native = stamp.claims.holder.givenNameNative !== undefined || stamp.claims.holder.familyNameNative !== undefined;
  if (!native || encodeCbor(stampToCbor(stamp)).length <= MAX_STAMP_WITH_NATIVE_NAME) return stamp;
  // The Latin name is what counts; the native one is left out whole rather than cut.
  const { givenNameNative: _g, familyNameNative: _f, ...latinOnly } = req.holder;
  return sign(latinOnly);
}

/** Reads the signed part of a stamp. */
export function decodeStampClaims(payload: Uint8Array): StampClaims {
  const r = openPayload(payload, 'stamp');
  const claims = { holder: readStampHolder(r), issuedAt: r.uint(6, 0, MAX_TIME), entry: decodeEntry(r.raw(7)) };
  r.done();
  return claims;
}

/** Reads a stamp (structure only; signatures are checked by verification). */
export function decodeStamp(v: Cbor): Stamp {
  const sign1 = parseSign1(v);
  const cert = sign1.unprotected.get(HEADER_CERTIFICATE);
  const claims = decodeStampClaims(sign1.payload);
  return cert === undefined ? { claims, sign1 } : { claims, sign1, certificate: decodeCertificate(cert) };
}

/** The CBOR value of a stamp, with its certificate or (inside a presentation) without. */
export function stampToCbor(s: Stamp, withCertificate = true): Cbor {
  if (withCertificate && !s.certificate) fail('bad-structure', 'stamp has no certificate to include');
  return sign1ToCbor(s.sign1, withCertificate ? s.sign1.unprotected : new Map());
}

/** Stable id of a stamp: hex of the first 16 bytes of SHA-512 over its signature (re-scanning gives the same id). */
export function stampId(s: Stamp | Sign1): string {
  const sig = 'sign1' in s ? s.sign1.signature : s.signature;
  return toHex(nacl.hash(sig).slice(0, 16));
}

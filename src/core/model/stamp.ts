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
  /** For a corrected stamp: the reference (stampRef) of the stamp it replaces (FORMAT.md §7.4 key 8). */
  readonly replaces?: Uint8Array;
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
  /** The reference of the stamp this one corrects (a stamp of the same office). */
  readonly replaces?: Uint8Array;
}

/**
 * Most bytes (certificate included) of a stamp that carries a native-script name: 395 bytes are
 * 600 Base45 characters with the prefix, the capacity of QR version 15 at EC level M (FORMAT.md
 * §7.4), the size a cheap phone camera still reads at the counter.
 */
export const MAX_STAMP_WITH_NATIVE_NAME = 395;

/** The office signs a stamp and attaches its certificate; the holder's native-script name goes in only where it fits (MAX_STAMP_WITH_NATIVE_NAME). */
export function issueStamp(req: StampRequest, office: KeyPair, certificate: Certificate): Stamp {
  if (req.replaces && req.replaces.length !== STAMP_REF_BYTES) throw new RangeError(`replaces: a stamp reference has ${STAMP_REF_BYTES} bytes`);
  const sign = (holder: Holder): Stamp => {
    const payload = encodePayload('stamp', [...holderPairs(holder, true), [6, checkTime(req.issuedAt, 'issuedAt')], [7, encodeEntry(req.entry)], [8, req.replaces]]);
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
  const replaces = r.optBytes(8, STAMP_REF_BYTES);
  r.done();
  return replaces ? { ...claims, replaces } : claims;
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

/** Bytes of a stamp reference (FORMAT.md §6.6): 128 bits keep a forged second stamp with the same reference out of reach. */
export const STAMP_REF_BYTES = 16;

/**
 * A stamp's reference: the first 16 bytes of SHA-512 over its signature (FORMAT.md §6.6). The
 * signature stays when a presentation drops the carried certificate, and §6.4 gives a verified
 * stamp exactly one, so withdrawals and corrections name a stamp by it.
 */
export function stampRef(s: Stamp | Sign1): Uint8Array {
  const sig = 'sign1' in s ? s.sign1.signature : s.signature;
  return nacl.hash(sig).slice(0, STAMP_REF_BYTES);
}

/** Stable id of a stamp: hex of its reference (re-scanning gives the same id). */
export function stampId(s: Stamp | Sign1): string {
  return toHex(stampRef(s));
}

// Office certificate: the district root vouches for an office key, its name and kind, the
// entry types it may stamp and a validity period.
import type { Cbor } from '../cbor';
import { parseSign1, sign1ToCbor, signSign1, type Sign1 } from '../cose';
import { isWeakPublicKey, keyId, WEAK_KEY, type KeyPair } from '../ed25519';
import { fail } from '../errors';
import { ENTRY_TYPE, OFFICE_KIND, type EntryType, type OfficeKind } from './codes';
import { checkTime, encodePayload, MAX_TIME, openPayload } from './objects';
import { signedText } from './text-policy';

/** What the root certifies about an office. Times are seconds since 1970 UTC. */
export interface CertificateClaims {
  readonly district: string;
  readonly officeKey: Uint8Array;
  readonly officeName: string;
  readonly officeKind: OfficeKind;
  readonly allowedTypes: readonly EntryType[];
  readonly validFrom: number;
  readonly validUntil: number;
}

/** A decoded certificate with its signed envelope. */
export interface Certificate {
  readonly claims: CertificateClaims;
  readonly sign1: Sign1;
}

/** District ids: lower-case letters, digits and '-', e.g. the Kreis key '09174' or 'demo'. */
export const DISTRICT_PATTERN = /^[a-z0-9-]{1,32}$/;
/** Longest office name in characters. */
export const MAX_OFFICE_NAME = 120;

/** Encodes entry types as a sorted list of codes. */
export function encodeTypes(types: readonly EntryType[]): number[] {
  if (types.length === 0 || new Set(types).size !== types.length) throw new RangeError('allowed types: non-empty, no repeats');
  return types.map((t) => ENTRY_TYPE.code(t)).sort((a, b) => a - b);
}

/** Decodes a strictly ascending, non-empty list of entry type codes. */
export function decodeTypes(raw: Cbor[]): EntryType[] {
  if (raw.length === 0) fail('bad-structure', 'empty entry type list');
  return raw.map((c, i) => {
    const prev = raw[i - 1];
    if (typeof c !== 'number' || (typeof prev === 'number' && c <= prev)) fail('bad-structure', 'entry types must ascend');
    return ENTRY_TYPE.name(c) ?? fail('bad-structure', `unknown entry type ${c}`);
  });
}

/** The root signs a certificate for an office. */
export function issueCertificate(c: CertificateClaims, root: KeyPair): Certificate {
  if (!DISTRICT_PATTERN.test(c.district)) throw new RangeError('district id: a-z, 0-9, -');
  if (isWeakPublicKey(c.officeKey)) throw new RangeError(`office key: must be 32 bytes and not ${WEAK_KEY}`);
  const name = signedText(c.officeName, 'office name', MAX_OFFICE_NAME);
  if (checkTime(c.validFrom, 'validFrom') > checkTime(c.validUntil, 'validUntil')) throw new RangeError('validFrom after validUntil');
  const payload = encodePayload('certificate', [
    [2, c.district],
    [3, c.officeKey],
    [4, name],
    [5, OFFICE_KIND.code(c.officeKind)],
    [6, encodeTypes(c.allowedTypes)],
    [7, c.validFrom],
    [8, c.validUntil],
  ]);
  const claims = { ...c, officeName: name, allowedTypes: [...c.allowedTypes].sort((a, b) => ENTRY_TYPE.code(a) - ENTRY_TYPE.code(b)) };
  return { claims, sign1: signSign1(payload, keyId(root.publicKey), root.secretKey) };
}

/** Reads a certificate (structure only; the signature is checked by verification). */
export function decodeCertificate(v: Cbor): Certificate {
  const sign1 = parseSign1(v);
  if (sign1.unprotected.size !== 0) fail('bad-structure', 'a certificate has no unprotected headers');
  const r = openPayload(sign1.payload, 'certificate');
  const district = r.text(2, 32);
  if (!DISTRICT_PATTERN.test(district)) fail('bad-structure', 'bad district id');
  const claims: CertificateClaims = {
    district,
    officeKey: r.publicKey(3),
    officeName: r.text(4, MAX_OFFICE_NAME),
    officeKind: OFFICE_KIND.name(r.uint(5)) ?? fail('bad-structure', 'unknown office kind'),
    allowedTypes: decodeTypes(r.array(6, 4)),
    validFrom: r.uint(7, 0, MAX_TIME),
    validUntil: r.uint(8, 0, MAX_TIME),
  };
  r.done();
  if (claims.validFrom > claims.validUntil) fail('bad-structure', 'validFrom after validUntil');
  return { claims, sign1 };
}

/** The CBOR value of a certificate. */
export function certificateToCbor(c: Certificate): Cbor {
  return sign1ToCbor(c.sign1);
}

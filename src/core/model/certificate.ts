// Office certificate: the district root vouches for an office key, its name and kind, the
// entry types it may stamp and a validity period. Since issue 17 an office may have several
// devices, each with its own key and certificate: a device's certificate names its office by
// the key id of the office's first device (key 9) and may carry a device label (key 10).
import type { Cbor } from '../cbor';
import { parseSign1, sign1ToCbor, signSign1, type Sign1 } from '../cose';
import { bytesEqual, toHex } from '../bytes';
import { isWeakPublicKey, KEY_ID_LENGTH, keyId, WEAK_KEY, type KeyPair } from '../ed25519';
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
  /** Key id of the office's first device, on the certificate of a further device (key 9); absent on the first device's own. */
  readonly officeId?: Uint8Array;
  /** The device's label within its office, e.g. "Theke 1" (key 10). */
  readonly deviceLabel?: string;
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
/** Longest device label in characters. */
export const MAX_DEVICE_LABEL = 40;

/** The office a certificate belongs to, as hex: key 9, or the certified key's own id (first device, or a certificate from before issue 17). */
export function officeIdOf(c: Pick<CertificateClaims, 'officeKey' | 'officeId'>): string {
  return toHex(c.officeId ?? keyId(c.officeKey));
}

// Key 9 equal to the key's own id would be a second spelling of "first device": one meaning, one encoding.
const ownId = (c: Pick<CertificateClaims, 'officeKey' | 'officeId'>) => c.officeId !== undefined && bytesEqual(c.officeId, keyId(c.officeKey));

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
  if (c.officeId !== undefined && (c.officeId.length !== KEY_ID_LENGTH || ownId(c))) throw new RangeError('office id: 8 bytes, not the key\'s own id');
  const deviceLabel = c.deviceLabel?.trim() ? signedText(c.deviceLabel, 'device label', MAX_DEVICE_LABEL) : undefined;
  const payload = encodePayload('certificate', [
    [2, c.district],
    [3, c.officeKey],
    [4, name],
    [5, OFFICE_KIND.code(c.officeKind)],
    [6, encodeTypes(c.allowedTypes)],
    [7, c.validFrom],
    [8, c.validUntil],
    [9, c.officeId],
    [10, deviceLabel],
  ]);
  const claims = { ...c, officeName: name, deviceLabel, allowedTypes: [...c.allowedTypes].sort((a, b) => ENTRY_TYPE.code(a) - ENTRY_TYPE.code(b)) };
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
    officeId: r.optBytes(9, KEY_ID_LENGTH),
    deviceLabel: r.optText(10, MAX_DEVICE_LABEL),
  };
  r.done();
  if (claims.validFrom > claims.validUntil) fail('bad-structure', 'validFrom after validUntil');
  if (ownId(claims)) fail('bad-structure', 'office id is the key\'s own id');
  return { claims, sign1 };
}

/** The CBOR value of a certificate. */
export function certificateToCbor(c: Certificate): Cbor {
  return sign1ToCbor(c.sign1);
}

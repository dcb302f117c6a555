// Registration request: an office asks its district coordinator for a certificate. It is
// signed by the office's own new key, which proves the office holds the private half.
import type { Cbor } from '../cbor';
import { parseSign1, sign1ToCbor, signSign1, verifySign1, type Sign1 } from '../cose';
import { bytesEqual } from '../bytes';
import { keyId, type KeyPair, type VerifyFn } from '../ed25519';
import { fail } from '../errors';
import { decodeTypes, DISTRICT_PATTERN, encodeTypes, MAX_OFFICE_NAME } from './certificate';
import { OFFICE_KIND, type EntryType, type OfficeKind } from './codes';
import { checkTime, encodePayload, MAX_TIME, openPayload } from './objects';
import { signedText } from './text-policy';

const MAX_CONTACT = 200;

/** What an office asks for. */
export interface RegistrationClaims {
  readonly district: string;
  readonly officeKey: Uint8Array;
  readonly officeName: string;
  readonly officeKind: OfficeKind;
  readonly requestedTypes: readonly EntryType[];
  readonly address?: string;
  readonly contact?: string;
  readonly createdAt: number;
}

/** A decoded registration request. */
export interface Registration {
  readonly claims: RegistrationClaims;
  readonly sign1: Sign1;
}

/** The office signs its registration request with the key to be certified. */
export function createRegistration(c: Omit<RegistrationClaims, 'officeKey'>, office: KeyPair): Registration {
  if (!DISTRICT_PATTERN.test(c.district)) throw new RangeError('district id: a-z, 0-9, -');
  const payload = encodePayload('registration', [
    [2, c.district],
    [3, office.publicKey],
    [4, signedText(c.officeName, 'office name', MAX_OFFICE_NAME)],
    [5, OFFICE_KIND.code(c.officeKind)],
    [6, encodeTypes(c.requestedTypes)],
    [7, c.address?.trim() ? signedText(c.address, 'address', MAX_CONTACT) : undefined],
    [8, c.contact?.trim() ? signedText(c.contact, 'contact', MAX_CONTACT) : undefined],
    [9, checkTime(c.createdAt, 'createdAt')],
  ]);
  return decodeRegistration(sign1ToCbor(signSign1(payload, keyId(office.publicKey), office.secretKey)));
}

/** Reads a registration request (structure only; `verifyRegistration` checks the signature). */
export function decodeRegistration(v: Cbor): Registration {
  const sign1 = parseSign1(v);
  if (sign1.unprotected.size !== 0) fail('bad-structure', 'a registration has no unprotected headers');
  const r = openPayload(sign1.payload, 'registration');
  const claims: RegistrationClaims = {
    district: r.text(2, 32),
    officeKey: r.publicKey(3),
    officeName: r.text(4, MAX_OFFICE_NAME),
    officeKind: OFFICE_KIND.name(r.uint(5)) ?? fail('bad-structure', 'unknown office kind'),
    requestedTypes: decodeTypes(r.array(6, 4)),
    address: r.optText(7, MAX_CONTACT),
    contact: r.optText(8, MAX_CONTACT),
    createdAt: r.uint(9, 0, MAX_TIME),
  };
  r.done();
  if (!DISTRICT_PATTERN.test(claims.district)) fail('bad-structure', 'bad district id');
  return { claims, sign1 };
}

/** The CBOR value of a registration request. */
export function registrationToCbor(r: Registration): Cbor {
  return sign1ToCbor(r.sign1);
}

/** Checks proof of possession: the request is signed by the very key it asks to certify. */
export async function verifyRegistration(r: Registration, verify: VerifyFn): Promise<boolean> {
  const s = r.sign1;
  return bytesEqual(s.kid, keyId(r.claims.officeKey)) && verifySign1(s, r.claims.officeKey, verify);
}

// The holder as named in stamps, pass cards and presentations (payload keys 2–5), so staff
// can compare name and birth date with an ID document, as with the EU COVID certificate.
// Cards and presentations carry the holder's public key (key 2, 32 bytes) because they are
// signed with it; a stamp names it by a 16-byte digest, which binds it as firmly (a second
// preimage costs 2^128) and saves 16 bytes in every stamp.
import nacl from 'tweetnacl';
import type { Cbor } from '../cbor';
import { checkBirthDate, decodeBirthDate } from './dates';
import type { FieldReader } from './fields';
import { signedText } from './text-policy';

/** Name and birth date of a person. */
export interface Person {
  readonly givenName: string;
  readonly familyName: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (unknown day or month). */
  readonly birthDate: string;
}

/** The holder with the public key of the pass. */
export interface Holder extends Person {
  readonly publicKey: Uint8Array;
}

/** The holder as a stamp names them: the key digest instead of the key. */
export interface StampHolder extends Person {
  readonly keyDigest: Uint8Array;
}

/** Length of a holder key digest. */
export const HOLDER_DIGEST_LENGTH = 16;
/** Longest accepted name part in characters. */
export const MAX_NAME = 80;

/** Holder key digest: the first 16 bytes of SHA-512 over the 32-byte public key. */
export function holderDigest(publicKey: Uint8Array): Uint8Array {
  return nacl.hash(publicKey).slice(0, HOLDER_DIGEST_LENGTH);
}

/**
 * True when two persons are the same as signed: names and birth date equal exactly. Signed names
 * are in NFC without surrounding space (FORMAT.md §7.1.1: writers normalise, readers refuse
 * anything else), so exact equality is equality after normalisation; case and diacritics count,
 * because both sides come from one pass profile.
 */
export function samePerson(a: Person, b: Person): boolean {
  return a.givenName === b.givenName && a.familyName === b.familyName && a.birthDate === b.birthDate;
}

/** Payload pairs 2–5: the key (or, for stamps, its digest), names and birth date, validated and NFC-normalised. */
export function holderPairs(h: Holder, asDigest = false): Array<readonly [number, Cbor]> {
  if (h.publicKey.length !== 32) throw new RangeError('holder key must be 32 bytes');
  return [
    [2, asDigest ? holderDigest(h.publicKey) : h.publicKey],
    [3, signedText(h.givenName, 'given name', MAX_NAME)],
    [4, signedText(h.familyName, 'family name', MAX_NAME)],
    [5, checkBirthDate(h.birthDate)],
  ];
}

function readPerson(r: FieldReader): Person {
  return { givenName: r.text(3, MAX_NAME), familyName: r.text(4, MAX_NAME), birthDate: decodeBirthDate(r.text(5, 10)) };
}

/** Reads payload keys 2–5 of a card or presentation. */
export function readHolder(r: FieldReader): Holder {
  return { publicKey: r.publicKey(2), ...readPerson(r) };
}

/** Reads payload keys 2–5 of a stamp. */
export function readStampHolder(r: FieldReader): StampHolder {
  return { keyDigest: r.bytes(2, HOLDER_DIGEST_LENGTH), ...readPerson(r) };
}

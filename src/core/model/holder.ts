// The holder as named in stamps, pass cards and presentations (payload keys 2–5, 9–10), so
// staff can compare name and birth date with an ID document, as with the EU COVID certificate.
// Keys 3–4 are the name in the Latin letters of the passport or Aufenthaltstitel (what staff
// compare); keys 9–10, optional, the same name in the holder's own script, shown beside it.
// Cards and presentations carry the holder's public key (key 2, 32 bytes) because they are
// signed with it; a stamp names it by a 16-byte digest, which binds it as firmly (a second
// preimage costs 2^128) and saves 16 bytes in every stamp.
import nacl from 'tweetnacl';
import type { Cbor } from '../cbor';
import { checkBirthDate, decodeBirthDate } from './dates';
import type { FieldReader } from './fields';
import { latinName, signedText } from './text-policy';

/** Name and birth date of a person. */
export interface Person {
  /** Given name(s) as written in Latin letters on the ID document. */
  readonly givenName: string;
  /** Family name as written in Latin letters on the ID document. */
  readonly familyName: string;
  /** Given name(s) in the holder's own script, if they gave it (never compared with an ID). */
  readonly givenNameNative?: string;
  /** Family name in the holder's own script, if they gave it. */
  readonly familyNameNative?: string;
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
 * True when two persons are the same as signed: Latin names and birth date equal exactly. Signed
 * names are in NFC without surrounding space (FORMAT.md §7.1.1: writers normalise, readers refuse
 * anything else), so exact equality is equality after normalisation; case and diacritics count,
 * because both sides come from one pass profile. The native-script names do not count: staff
 * compare the Latin name with the ID, and nobody at the counter checks the native one.
 */
export function samePerson(a: Person, b: Person): boolean {
  return a.givenName === b.givenName && a.familyName === b.familyName && a.birthDate === b.birthDate;
}

/**
 * Payload pairs 2–5 and 9–10: the key (or, for stamps, its digest), names and birth date, validated
 * and NFC-normalised. A stamp (`asDigest`) requires a Latin name; the holder's own card and
 * presentation do not, so a pass made before that rule still shows its card and its stamps.
 */
export function holderPairs(h: Holder, asDigest = false): Array<readonly [number, Cbor]> {
  if (h.publicKey.length !== 32) throw new RangeError('holder key must be 32 bytes');
  const name = asDigest ? latinName : signedText;
  const pairs: Array<readonly [number, Cbor]> = [
    [2, asDigest ? holderDigest(h.publicKey) : h.publicKey],
    [3, name(h.givenName, 'given name', MAX_NAME)],
    [4, name(h.familyName, 'family name', MAX_NAME)],
    [5, checkBirthDate(h.birthDate)],
  ];
  // An empty native name is no native name: the key is left out, never sent empty.
  if (h.givenNameNative?.trim()) pairs.push([9, signedText(h.givenNameNative, 'given name (own script)', MAX_NAME)]);
  if (h.familyNameNative?.trim()) pairs.push([10, signedText(h.familyNameNative, 'family name (own script)', MAX_NAME)]);
  return pairs;
}

function readPerson(r: FieldReader): Person {
  const givenNameNative = r.optText(9, MAX_NAME);
  const familyNameNative = r.optText(10, MAX_NAME);
  return {
    givenName: r.text(3, MAX_NAME),
    familyName: r.text(4, MAX_NAME),
    birthDate: decodeBirthDate(r.text(5, 10)),
    ...(givenNameNative === undefined ? {} : { givenNameNative }),
    ...(familyNameNative === undefined ? {} : { familyNameNative }),
  };
}

/** Reads payload keys 2–5 and 9–10 of a card or presentation. */
export function readHolder(r: FieldReader): Holder {
  return { publicKey: r.publicKey(2), ...readPerson(r) };
}

/** Reads payload keys 2–5 and 9–10 of a stamp. */
export function readStampHolder(r: FieldReader): StampHolder {
  return { keyDigest: r.bytes(2, HOLDER_DIGEST_LENGTH), ...readPerson(r) };
}

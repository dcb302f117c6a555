// The holder as named in stamps, pass cards and presentations (always payload keys 2–5), so
// staff can compare name and birth date with an ID document, as with the EU COVID certificate.
import type { Cbor } from '../cbor';
import { checkBirthDate, decodeBirthDate } from './dates';
import type { FieldReader } from './fields';

/** The holder's public key, names and birth date. */
export interface Holder {
  readonly publicKey: Uint8Array;
  readonly givenName: string;
  readonly familyName: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (unknown day or month). */
  readonly birthDate: string;
}

/** Longest accepted name part in characters. */
export const MAX_NAME = 80;

function cleanName(s: string, what: string): string {
  const n = s.normalize('NFC').trim();
  if (n.length === 0 || [...n].length > MAX_NAME) throw new RangeError(`${what}: 1 to ${MAX_NAME} characters`);
  return n;
}

/** Payload pairs 2–5 of a holder, validated and NFC-normalised. */
export function holderPairs(h: Holder): Array<readonly [number, Cbor]> {
  if (h.publicKey.length !== 32) throw new RangeError('holder key must be 32 bytes');
  return [
    [2, h.publicKey],
    [3, cleanName(h.givenName, 'given name')],
    [4, cleanName(h.familyName, 'family name')],
    [5, checkBirthDate(h.birthDate)],
  ];
}

/** Reads payload keys 2–5 as a holder. */
export function readHolder(r: FieldReader): Holder {
  return {
    publicKey: r.bytes(2, 32),
    givenName: r.text(3, MAX_NAME),
    familyName: r.text(4, MAX_NAME),
    birthDate: decodeBirthDate(r.text(5, 10)),
  };
}

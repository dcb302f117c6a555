// Pass card: what the holder shows an office. Signed by the holder key and timestamped, so
// the office knows the person at the counter controls the key the stamp will name.
import type { Cbor } from '../cbor';
import { parseSign1, sign1ToCbor, signSign1, type Sign1 } from '../cose';
import { keyId, type KeyPair } from '../ed25519';
import { fail } from '../errors';
import { holderPairs, readHolder, type Holder } from './holder';
import { checkTime, encodePayload, MAX_TIME, openPayload } from './objects';

/** What a pass card says. */
export interface CardClaims {
  readonly holder: Holder;
  /** Seconds since 1970 UTC; a card is fresh only for minutes. */
  readonly createdAt: number;
}

/** A decoded pass card. */
export interface PassCard {
  readonly claims: CardClaims;
  readonly sign1: Sign1;
}

/** The holder signs a pass card. */
export function createCard(holder: Holder, keys: KeyPair, createdAt: number): PassCard {
  const payload = encodePayload('card', [...holderPairs(holder), [6, checkTime(createdAt, 'createdAt')]]);
  const sign1 = signSign1(payload, keyId(keys.publicKey), keys.secretKey);
  return { claims: decodeCardClaims(payload), sign1 };
}

function decodeCardClaims(payload: Uint8Array): CardClaims {
  const r = openPayload(payload, 'card');
  const claims = { holder: readHolder(r), createdAt: r.uint(6, 0, MAX_TIME) };
  r.done();
  return claims;
}

/** Reads a pass card (structure only). */
export function decodeCard(v: Cbor): PassCard {
  const sign1 = parseSign1(v);
  if (sign1.unprotected.size !== 0) fail('bad-structure', 'a pass card has no unprotected headers');
  return { claims: decodeCardClaims(sign1.payload), sign1 };
}

/** The CBOR value of a pass card. */
export function cardToCbor(c: PassCard): Cbor {
  return sign1ToCbor(c.sign1);
}

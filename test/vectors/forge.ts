// Signatures an attacker would build, for the vectors and the Ed25519 tests: they satisfy the
// cofactorless equation of RFC 8032 §5.1.7 without being what an honest signer makes, so a
// verifier that does not refuse them explicitly (FORMAT.md §6.4) accepts them.
import nacl from 'tweetnacl';
import {
  encodeCbor, encodePayload, encodeTypes, holderPairs, keyId, sigStructure, sign1ToCbor, signSign1, valueToText, OFFICE_KIND, type Cbor, type CertificateClaims, type Holder,
  type KeyPair, type Sign1,
} from '../../src/core';

/** The order of the base point. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

const leToBig = (b: Uint8Array) => b.reduceRight((acc, x) => (acc << 8n) | BigInt(x), 0n);
function bigToLe(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++, n >>= 8n) out[i] = Number(n & 0xffn);
  return out;
}

/** The identity point's encoding (y = 1, x = 0), the small-order R an honest signer never uses. */
export const IDENTITY = Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 1 : 0));

/**
 * A signature by a genuine key (32-byte seed) whose R is the identity point: S = k·a mod L makes
 * [S]B − [k]A the identity, so the equation holds. Only the key's owner can make it.
 */
export function identityRSignature(message: Uint8Array, seed: Uint8Array): Uint8Array {
  const h = nacl.hash(seed);
  h[0]! &= 248;
  h[31]! &= 127;
  h[31]! |= 64;
  const a = leToBig(h.subarray(0, 32));
  const publicKey = nacl.sign.keyPair.fromSeed(seed).publicKey;
  const k = leToBig(nacl.hash(Uint8Array.from([...IDENTITY, ...publicKey, ...message]))) % L;
  const signature = new Uint8Array(64);
  signature.set(IDENTITY);
  signature.set(bigToLe((k * a) % L), 32);
  return signature;
}

/** The identity point written "−0" (x = 0 with the sign bit set): a non-canonical encoding. */
export const IDENTITY_MINUS_ZERO = Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 1 : i === 31 ? 0x80 : 0));
/** The order-2 point (y = −1) with the sign bit set. */
export const ORDER_2_SIGN_BIT = Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 0xec : 0xff));

/**
 * A COSE_Sign1 over `payload` "signed" by a small-order key without any private key:
 * R = identity, S = 0, which the cofactorless equation accepts for the identity key and, for
 * half of all messages, for the order-2 key.
 */
export function keylessSign1(payload: Uint8Array, key: Uint8Array): Sign1 {
  const protectedBytes = encodeCbor(new Map<number, Cbor>([[1, -8], [4, keyId(key)]]));
  const signature = new Uint8Array(64);
  signature.set(IDENTITY);
  return { protectedBytes, kid: keyId(key), unprotected: new Map(), payload, signature };
}

/** A pass card for `key` "signed" with R = identity, S = 0, made up to 30 s before `at` until the bare equation holds. */
export function keylessCard(holder: Holder, key: Uint8Array, at: number): string {
  for (let t = at; t > at - 30; t--) {
    const payload = encodePayload('card', [...holderPairs({ ...holder, publicKey: key }), [6, t]]);
    const s = keylessSign1(payload, key);
    if (nacl.sign.detached.verify(sigStructure(s.protectedBytes, payload), s.signature, key)) return valueToText('card', sign1ToCbor(s));
  }
  throw new Error('no keyless card verifies');
}

/** A certificate the root really signs over claims issueCertificate refuses (e.g. a weak key), as a faulty coordinator tool would. */
export function certificateUnchecked(c: CertificateClaims, root: KeyPair): Cbor {
  const payload = encodePayload('certificate', [[2, c.district], [3, c.officeKey], [4, c.officeName], [5, OFFICE_KIND.code(c.officeKind)], [6, encodeTypes(c.allowedTypes)], [7, c.validFrom], [8, c.validUntil]]);
  return sign1ToCbor(signSign1(payload, keyId(root.publicKey), root.secretKey));
}

// COSE_Sign1 (RFC 9052) with EdDSA (alg -8), the envelope of the EU COVID certificate and
// ISO mdoc: every signed object of the pass is one, so generic COSE tools can read it.
import { encodeCbor, tagged, type Cbor, type CborMap } from './cbor';
import { sign, type VerifyFn } from './ed25519';
import { fail } from './errors';

/** CBOR tag of a COSE_Sign1 message. */
export const COSE_SIGN1_TAG = 18;
/** COSE algorithm id of EdDSA. */
export const ALG_EDDSA = -8;
/** Private-use unprotected header label that carries the office certificate inside a stamp. */
export const HEADER_CERTIFICATE = -65537;
/** Private-use unprotected header label that carries the withdrawn stamp inside a withdrawal (FORMAT.md §7.11). */
export const HEADER_STAMP = -65538;

/** A parsed COSE_Sign1 with the exact bytes that were signed. */
export interface Sign1 {
  readonly protectedBytes: Uint8Array;
  readonly kid: Uint8Array;
  readonly unprotected: CborMap;
  readonly payload: Uint8Array;
  readonly signature: Uint8Array;
}

/** The bytes an Ed25519 signature covers: Sig_structure ["Signature1", protected, h'', payload]. */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array {
  return encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}

/** Checks a COSE_Sign1's signature with `key` over its Sig_structure. */
export function verifySign1(s: Sign1, key: Uint8Array, verify: VerifyFn): Promise<boolean> {
  return verify(s.signature, sigStructure(s.protectedBytes, s.payload), key);
}

/** Signs a payload; the protected header is exactly {1: -8, 4: kid}. */
export function signSign1(payload: Uint8Array, kid: Uint8Array, secretKey: Uint8Array, unprotected: CborMap = new Map()): Sign1 {
  const protectedBytes = encodeCbor(new Map<number, Cbor>([[1, ALG_EDDSA], [4, kid]]));
  const signature = sign(sigStructure(protectedBytes, payload), secretKey);
  return { protectedBytes, kid, unprotected, payload, signature };
}

/** The CBOR value of a COSE_Sign1 (tag 18), optionally with another unprotected header. */
export function sign1ToCbor(s: Sign1, unprotected: CborMap = s.unprotected): Cbor {
  return tagged(COSE_SIGN1_TAG, [s.protectedBytes, unprotected, s.payload, s.signature]);
}

/**
 * Reads a COSE_Sign1 structurally; throws DecodeError ('bad-structure' or 'unsupported-version' for
 * another algorithm). Unprotected labels other than `labels` are refused.
 */
export function parseSign1(v: Cbor, labels: readonly number[] = [HEADER_CERTIFICATE]): Sign1 {
  if (typeof v !== 'object' || v === null || !('tag' in v) || v.tag !== COSE_SIGN1_TAG) fail('bad-structure', 'not a tagged COSE_Sign1');
  const a = v.value;
  if (!Array.isArray(a) || a.length !== 4) fail('bad-structure', 'COSE_Sign1 must be an array of 4');
  const [protectedBytes, unprotected, payload, signature] = a;
  if (!(protectedBytes instanceof Uint8Array) || !(unprotected instanceof Map)) fail('bad-structure', 'bad COSE headers');
  if (!(payload instanceof Uint8Array) || !(signature instanceof Uint8Array)) fail('bad-structure', 'bad COSE payload or signature');
  if (signature.length !== 64) fail('bad-structure', 'an Ed25519 signature has 64 bytes');
  const kid = parseProtected(protectedBytes);
  for (const label of unprotected.keys()) {
    if (typeof label !== 'number' || !labels.includes(label)) fail('bad-structure', `unexpected unprotected header ${String(label)}`);
  }
  return { protectedBytes, kid, unprotected, payload, signature };
}

function parseProtected(bytes: Uint8Array): Uint8Array {
  // The header has one valid encoding, a2 01 27 04 48 <kid>: checking those bytes is the strictest reading.
  if (bytes.length < 4 || bytes[0] !== 0xa2 || bytes[1] !== 0x01) fail('bad-structure', 'protected header must be {1: alg, 4: kid}');
  if (bytes[2] !== 0x27) fail('unsupported-version', 'only EdDSA (alg -8) is supported');
  if (bytes[3] !== 0x04 || bytes[4] !== 0x48 || bytes.length !== 13) fail('bad-structure', 'protected header must carry an 8-byte kid');
  return bytes.slice(5);
}

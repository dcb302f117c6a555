// Signatures an attacker would build, for the vectors and the Ed25519 tests: they satisfy the
// cofactorless equation of RFC 8032 §5.1.7 without being what an honest signer makes, so a
// verifier that does not refuse them explicitly (FORMAT.md §6.4) accepts them.
import nacl from 'tweetnacl';

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

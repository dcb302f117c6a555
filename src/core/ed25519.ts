// Ed25519 keys, key ids, signing and two verification paths: WebCrypto where the platform
// has Ed25519 (about 50x faster) and tweetnacl everywhere else. Both paths must agree on
// every input, so the malleability check (S < L) is done here, before either path runs.
import nacl from 'tweetnacl';
import { fromHex, toHex } from './bytes';
import { randomBytes, subtle } from './platform';

/** An Ed25519 key pair in tweetnacl's layout (secretKey = seed || publicKey). */
export interface KeyPair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

/** Verifies an Ed25519 signature; resolves false (never rejects) on any bad input. */
export type VerifyFn = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => Promise<boolean>;

/** Length of a key id in bytes. */
export const KEY_ID_LENGTH = 8;

/** Makes a fresh key pair from the platform's CSPRNG (WebCrypto's, which every target has). */
export function generateKeyPair(): KeyPair {
  return keyPairFromSeed(randomBytes(32));
}

/** Derives the key pair of a 32-byte seed (used for test vectors and the public demo district). */
export function keyPairFromSeed(seed: Uint8Array): KeyPair {
  return nacl.sign.keyPair.fromSeed(seed);
}

/** Key id: the first 8 bytes of SHA-512 over the raw 32-byte public key. */
export function keyId(publicKey: Uint8Array): Uint8Array {
  return nacl.hash(publicKey).slice(0, KEY_ID_LENGTH);
}

/** Signs a message (Ed25519 signatures are deterministic: same key and message, same bytes). */
export function sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return nacl.sign.detached(message, secretKey);
}

// L, the order of the Ed25519 base point, little-endian.
const L = Uint8Array.from([
  0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
]);

/** True when the signature's scalar S is below L (RFC 8032 §5.1.7); tweetnacl alone does not check it. */
export function hasCanonicalScalar(signature: Uint8Array): boolean {
  for (let i = 31; i >= 0; i--) {
    const s = signature[32 + i] as number;
    const l = L[i] as number;
    if (s !== l) return s < l;
  }
  return false;
}

// The y coordinates of the eight points of small order (identity, order 2, 4 and 8), canonical
// and with the sign bit clear. Compared with the sign bit masked off, so both x = ±… forms and
// the non-canonical "−0" forms of the identity and the order-2 point (01 00…80, ec ff…ff) match:
// a key among them verifies forged signatures (e.g. R = identity, S = 0) on both paths.
const SMALL_ORDER_Y = [
  '0100000000000000000000000000000000000000000000000000000000000000',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0000000000000000000000000000000000000000000000000000000000000000',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
];

/**
 * True for a point encoding no honest key has (FORMAT.md §6.4 rule 3): a point of small order in
 * any encoding (either sign bit), or a non-canonical y (y >= p; this also covers the forms y + p
 * of the small-order y values 0 and 1). Used for public keys and for a signature's R.
 */
export function isWeakPublicKey(encoding: Uint8Array): boolean {
  if (encoding.length !== 32) return true;
  const y = encoding.slice();
  y[31]! &= 0x7f;
  let nonCanonical = y[31] === 0x7f && (y[0] as number) >= 0xed;
  for (let i = 1; i < 31 && nonCanonical; i++) nonCanonical = y[i] === 0xff;
  return nonCanonical || SMALL_ORDER_Y.includes(toHex(y));
}

// R of small order is refused as libsodium does: an honest R = [r]B is never of small order, and
// with a genuine key R = identity, S = k·a satisfies the equation (a second signature per message).
function wellFormed(signature: Uint8Array, publicKey: Uint8Array): boolean {
  return signature.length === 64 && hasCanonicalScalar(signature) && !isWeakPublicKey(signature.subarray(0, 32)) && !isWeakPublicKey(publicKey);
}

/** Why a weak key is refused, for error messages. */
export const WEAK_KEY = 'a small-order or non-canonical point: no private key exists for it';

/** Verification with tweetnacl: portable, synchronous underneath. */
export const naclVerify: VerifyFn = async (signature, message, publicKey) =>
  wellFormed(signature, publicKey) && nacl.sign.detached.verify(message, signature, publicKey);

const ED25519 = { name: 'Ed25519' };
const keyCache = new Map<string, Promise<unknown>>();

function importKey(publicKey: Uint8Array): Promise<unknown> {
  const id = toHex(publicKey);
  let key = keyCache.get(id);
  if (!key) {
    if (keyCache.size >= 512) keyCache.clear();
    key = subtle()!.importKey('raw', publicKey, ED25519, false, ['verify']);
    keyCache.set(id, key);
  }
  return key;
}

/** Verification with WebCrypto Ed25519; only valid where `webCryptoAvailable()` resolved true. */
export const webCryptoVerify: VerifyFn = async (signature, message, publicKey) => {
  if (!wellFormed(signature, publicKey)) return false;
  try {
    return await subtle()!.verify(ED25519, await importKey(publicKey), signature, message);
  } catch {
    return false; // e.g. a public key that is not a curve point
  }
};

let probe: Promise<boolean> | undefined;

const PROBE = {
  publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  signature: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
} as const;

/** Resolves whether this platform verifies Ed25519 in WebCrypto (probed once with a real signature). */
export function webCryptoAvailable(): Promise<boolean> {
  probe ??= (async () => {
    if (!subtle()) return false;
    try {
      // RFC 8032 §7.1 test 1 as constants: deriving a key and signing in tweetnacl here cost a
      // phone ~50 ms of main thread on every start (lighthouse's largest blocking task).
      return await webCryptoVerify(fromHex(PROBE.signature), new Uint8Array(0), fromHex(PROBE.publicKey));
    } catch {
      return false;
    }
  })();
  return probe;
}

/** The fastest verification path this platform offers. */
export async function bestVerifier(): Promise<VerifyFn> {
  return (await webCryptoAvailable()) ? webCryptoVerify : naclVerify;
}

// Passphrase encryption for private keys and backups: PBKDF2-SHA-256 (600,000 iterations,
// the OWASP 2023 figure) and AES-256-GCM, both in WebCrypto on every platform we run on.
// GCM authenticates, so a wrong passphrase and a damaged file are both detected, never
// silently decrypted to garbage.
import { fromBase64Url, toBase64Url } from './bytes';
import { randomBytes, subtle, utf8Encode } from './platform';

/** A sealed (encrypted) blob as stored in JSON files. */
export interface Sealed {
  readonly kdf: 'PBKDF2-SHA-256';
  readonly iterations: number;
  readonly salt: string;
  readonly cipher: 'AES-256-GCM';
  readonly iv: string;
  readonly data: string;
}

/** Iterations used for new sealed blobs. */
export const SEAL_ITERATIONS = 600_000;
const MIN_ITERATIONS = 100_000;

/** Why a sealed blob could not be opened. */
export class SealError extends Error {
  override readonly name = 'SealError';
  constructor(readonly code: 'wrong-passphrase-or-damaged' | 'bad-format') {
    super(code);
  }
}

async function aesKey(passphrase: string, salt: Uint8Array, iterations: number, usage: 'encrypt' | 'decrypt'): Promise<unknown> {
  const s = subtle();
  if (!s) throw new Error('WebCrypto is not available');
  const base = await s.importKey('raw', utf8Encode(passphrase.normalize('NFC')), { name: 'PBKDF2' }, false, ['deriveKey']);
  return s.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** Encrypts bytes under a passphrase. */
export async function seal(plain: Uint8Array, passphrase: string, iterations = SEAL_ITERATIONS): Promise<Sealed> {
  if (passphrase.length === 0) throw new RangeError('empty passphrase');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await aesKey(passphrase, salt, iterations, 'encrypt');
  const data = new Uint8Array(await subtle()!.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return { kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64Url(salt), cipher: 'AES-256-GCM', iv: toBase64Url(iv), data: toBase64Url(data) };
}

/** Decrypts a sealed blob; throws SealError on a wrong passphrase, damage, or a format it does not know. */
export async function unseal(s: Sealed, passphrase: string): Promise<Uint8Array> {
  let salt: Uint8Array, iv: Uint8Array, data: Uint8Array;
  try {
    if (s.kdf !== 'PBKDF2-SHA-256' || s.cipher !== 'AES-256-GCM' || !(s.iterations >= MIN_ITERATIONS && s.iterations <= 10_000_000)) throw new Error();
    [salt, iv, data] = [fromBase64Url(s.salt), fromBase64Url(s.iv), fromBase64Url(s.data)];
    if (salt.length < 16 || iv.length !== 12) throw new Error();
  } catch {
    throw new SealError('bad-format');
  }
  try {
    const key = await aesKey(passphrase, salt, s.iterations, 'decrypt');
    return new Uint8Array(await subtle()!.decrypt({ name: 'AES-GCM', iv }, key, data));
  } catch {
    throw new SealError('wrong-passphrase-or-damaged');
  }
}

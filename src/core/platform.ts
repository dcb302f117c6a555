// core/ is compiled without the DOM lib and without @types/node, so the few platform
// globals it needs (present in browsers, workers and Node >= 20) are typed here, narrowly.

interface MinimalSubtle {
  importKey(format: 'raw', key: Uint8Array, alg: { name: string }, extractable: boolean, usages: string[]): Promise<unknown>;
  verify(alg: { name: string }, key: unknown, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  deriveKey(alg: object, base: unknown, derived: object, extractable: boolean, usages: string[]): Promise<unknown>;
  encrypt(alg: object, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(alg: object, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}
interface PlatformGlobals {
  crypto?: { subtle?: MinimalSubtle; getRandomValues?<T extends Uint8Array>(a: T): T };
  TextEncoder: new () => { encode(s: string): Uint8Array; encodeInto(s: string, dest: Uint8Array): { read: number; written: number } };
  TextDecoder: new (label: string, opts: { fatal: boolean; ignoreBOM: boolean }) => { decode(b: Uint8Array): string };
}

const g = globalThis as unknown as PlatformGlobals;
const encoder = new g.TextEncoder();
// ignoreBOM keeps a leading U+FEFF as a character: dropping it would give one value two encodings.
const strictDecoder = new g.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes of a string. */
export function utf8Encode(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Writes the UTF-8 bytes of a string into `dest` (room for 3 bytes per UTF-16 unit is always enough); returns how many. */
export function utf8EncodeInto(s: string, dest: Uint8Array): number {
  return encoder.encodeInto(s, dest).written;
}

/** Strict UTF-8 decoding: throws on invalid sequences instead of inserting U+FFFD. */
export function utf8Decode(b: Uint8Array): string {
  return strictDecoder.decode(b);
}

/** WebCrypto's SubtleCrypto if the platform has one, else undefined. */
export function subtle(): MinimalSubtle | undefined {
  return g.crypto?.subtle;
}

/** Cryptographically secure random bytes; throws where the platform has no CSPRNG. */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  if (!g.crypto?.getRandomValues) throw new Error('no secure random source on this platform');
  g.crypto.getRandomValues(out);
  return out;
}

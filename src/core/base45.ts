// Base45 (RFC 9285): the QR alphanumeric alphabet, so a QR code carrying it is encoded in
// alphanumeric mode (5.5 bits/char) and survives every scanner that hands back text.
import { fail } from './errors';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const VALUE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/** Encodes bytes as Base45 text. */
export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = (bytes[i] as number) * 256 + (bytes[i + 1] as number);
    const c = n % 45;
    n = (n - c) / 45;
    const d = n % 45;
    const e = (n - d) / 45;
    out += ALPHABET[c]! + ALPHABET[d]! + ALPHABET[e]!;
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1] as number;
    out += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45)]!;
  }
  return out;
}

/** Decodes Base45 strictly: bad characters, a dangling character or an out-of-range group throw 'bad-base45'. */
export function base45Decode(text: string): Uint8Array {
  if (text.length % 3 === 1) fail('bad-base45', 'dangling Base45 character');
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const group = text.slice(i, i + 3);
    let n = 0;
    for (let k = group.length - 1; k >= 0; k--) {
      const v = VALUE.get(group[k]!);
      if (v === undefined) fail('bad-base45', `character outside the Base45 alphabet at ${i + k}`);
      n = n * 45 + v;
    }
    if (group.length === 3) {
      if (n > 0xffff) fail('bad-base45', 'Base45 group out of range');
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      if (n > 0xff) fail('bad-base45', 'Base45 group out of range');
      out[o++] = n;
    }
  }
  return out;
}

// The pass code: the 8-byte holder key id in Crockford Base32, for reading aloud at a counter
// or on the phone. Crockford's alphabet has no I, L, O or U, so nothing looks or sounds like
// 1, 0 or V, and no accidental words appear. 64 bits make 13 characters (the last carries 4
// bits and a zero bit), grouped 4-4-4-1 with '-': "K7QD-2M9X-4HTB-0". Reading it back accepts
// lower case, I/L as 1, O as 0, and ignores '-' and spaces.
import { fromHex } from '../bytes';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The pass code of a holder key id (8 bytes, as bytes or hex). */
export function passCode(keyId: Uint8Array | string): string {
  const bytes = typeof keyId === 'string' ? fromHex(keyId) : keyId;
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out.replace(/(.{4})(?=.)/g, '$1-');
}

/** The key id (hex) a pass code names, or undefined if it is not a well-formed 8-byte code. */
export function keyIdOfPassCode(code: string): string | undefined {
  const clean = code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (clean.length !== 13) return undefined;
  let hex = '';
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      hex += ((acc >> bits) & 0xff).toString(16).padStart(2, '0');
    }
  }
  // The one bit left over is padding: a code with it set was not made by passCode().
  return (acc & ((1 << bits) - 1)) === 0 ? hex : undefined;
}

// A kept office-signature verdict (FORMAT.md §9.4, step c): the one part of a stamp's verdict
// that no trust state changes. It is bound to every byte the Ed25519 check reads — the stamp's
// protected header, payload and signature — and to the office key that verified it. The stamp id
// alone would not do: it hashes the signature only, so other claims under a copied signature
// would share it (test/unit/kept-signature.test.ts).
import nacl from 'tweetnacl';
import { concat, toHex } from '../bytes';
import type { Stamp } from '../model/stamp';

const SEAL_BYTES = 32;

function framed(b: Uint8Array): Uint8Array {
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, b.length);
  return concat(len, b);
}

/** Hex seal of a stamp's signed bytes and the office key its signature verified with. */
export function signatureSeal(stamp: Stamp, officeKey: Uint8Array): string {
  const s = stamp.sign1;
  return toHex(nacl.hash(concat(framed(s.protectedBytes), framed(s.payload), framed(s.signature), framed(officeKey))).slice(0, SEAL_BYTES));
}

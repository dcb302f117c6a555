// A kept office-signature verdict (FORMAT.md §9.4, step c): the one part of a stamp's verdict
// that no trust state changes. It is bound to every byte the Ed25519 check reads — the stamp's
// protected header, payload and signature — and to the office key that verified it. The stamp id
// alone would not do: it hashes the signature only, so other claims under a copied signature
// would share it (test/unit/kept-signature.test.ts).
import nacl from 'tweetnacl';
import { concat, toHex } from '../bytes';
import { utf8EncodeInto } from '../platform';
import type { Certificate } from '../model/certificate';
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

/** Hex digest of every signed byte of a certificate (protected header, payload, signature): how kept stamp facts name it. */
export function certificateDigest(cert: Certificate): string {
  const s = cert.sign1;
  return toHex(nacl.hash(concat(framed(s.protectedBytes), framed(s.payload), framed(s.signature))).slice(0, SEAL_BYTES));
}

/** The sealed fields of kept stamp facts (stamp-facts.ts), in the order they are hashed. */
export interface SealedFacts {
  readonly certificate: string;
  readonly issuedAt: number;
  readonly type: string;
  readonly ref: string;
  readonly holder: string;
}

const SCRATCH = new Uint8Array(16_384);

/**
 * Hex seal binding kept facts to the stored stamp text they were read from (FORMAT.md §9.4):
 * a changed text or a changed fact no longer matches, and the stamp is then checked in full.
 */
export function factsSeal(storedText: string, f: SealedFacts): string {
  const fields = [storedText, f.certificate, String(f.issuedAt), f.type, f.ref, f.holder];
  // Each field framed as u32be(byte length) ‖ UTF-8, the same bytes as framed(), written into one
  // reused buffer: opening a pass seals every entry, and a copy per field was most of its garbage.
  // An odd, large stored text gets a buffer of its own rather than one kept for good.
  const room = fields.reduce((n, x) => n + 4 + 3 * x.length, 0);
  const out = room <= SCRATCH.length ? SCRATCH : new Uint8Array(room);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const x of fields) {
    const written = utf8EncodeInto(x, out.subarray(at + 4));
    view.setUint32(at, written);
    at += 4 + written;
  }
  return toHex(nacl.hash(out.subarray(0, at)).slice(0, SEAL_BYTES));
}

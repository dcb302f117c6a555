// Certificates by the key id of their office key, so that matching a stamp to its candidate
// certificates is one lookup: without it every stamp decoded and hashed every certificate,
// and a presentation of 2,000 stamps took minutes (issue 13, item 6).
import { toHex } from '../bytes';
import type { Cbor } from '../cbor';
import { keyId } from '../ed25519';
import { decodeCertificate, type Certificate } from '../model/certificate';

/** Decoded certificates by hex key id of their office key, each list in source order. */
export type CertificateIndex = ReadonlyMap<string, readonly Certificate[]>;

/** Indexes decoded certificates by office key id, keeping their order. */
export function indexCertificates(certs: Iterable<Certificate>): CertificateIndex {
  const index = new Map<string, Certificate[]>();
  for (const c of certs) {
    const kid = toHex(keyId(c.claims.officeKey));
    const list = index.get(kid);
    if (list) list.push(c);
    else index.set(kid, [c]);
  }
  return index;
}

/** Decodes a presentation's shipped certificates once and indexes them; damaged ones are skipped. */
export function indexShipped(raw: readonly Cbor[]): CertificateIndex {
  const decoded: Certificate[] = [];
  for (const r of raw) {
    try {
      decoded.push(decodeCertificate(r));
    } catch {
      // A damaged shared certificate only matters to stamps that need it: they end as unknown-issuer.
    }
  }
  return indexCertificates(decoded);
}

// Presentation: the stamps a holder chose to show, signed together by the holder key with a
// timestamp. Certificates are listed once (de-duplicated) and stamps go without their own
// copy. Stamps and certificates stay raw CBOR here so one damaged item cannot hide the rest.
import { bytesEqual } from '../bytes';
import type { Cbor } from '../cbor';
import { parseSign1, sign1ToCbor, signSign1, type Sign1 } from '../cose';
import { keyId, type KeyPair } from '../ed25519';
import { fail } from '../errors';
import { certificateToCbor, type Certificate } from './certificate';
import { holderPairs, readHolder, type Holder } from './holder';
import { checkTime, encodePayload, MAX_TIME, openPayload } from './objects';
import { stampToCbor, type Stamp } from './stamp';

/** Most stamps in one presentation (a safety bound for decoders, far above real passes). */
export const MAX_PRESENTED = 2000;

/** A decoded presentation; items are verified one by one later. */
export interface Presentation {
  readonly holder: Holder;
  readonly createdAt: number;
  readonly certificates: readonly Cbor[];
  readonly stamps: readonly Cbor[];
  readonly sign1: Sign1;
}

/** The holder signs a presentation of the chosen stamps (each must carry its certificate). */
export function createPresentation(holder: Holder, keys: KeyPair, stamps: readonly Stamp[], createdAt: number): Presentation {
  const certs: Certificate[] = [];
  for (const s of stamps) {
    const c = s.certificate ?? fail('bad-structure', 'stamp without certificate');
    // One signature, one certificate: equal signatures mean the same signed certificate.
    if (!certs.some((x) => bytesEqual(x.sign1.signature, c.sign1.signature))) certs.push(c);
  }
  const certificates = certs.map(certificateToCbor);
  const stampItems = stamps.map((s) => stampToCbor(s, false));
  const payload = encodePayload('presentation', [...holderPairs(holder), [6, checkTime(createdAt, 'createdAt')], [7, certificates], [8, stampItems]]);
  return decodePresentation(sign1ToCbor(signSign1(payload, keyId(keys.publicKey), keys.secretKey)));
}

/** Reads a presentation's envelope and holder; its items stay undecoded. */
export function decodePresentation(v: Cbor): Presentation {
  const sign1 = parseSign1(v);
  if (sign1.unprotected.size !== 0) fail('bad-structure', 'a presentation has no unprotected headers');
  const r = openPayload(sign1.payload, 'presentation');
  const p = { holder: readHolder(r), createdAt: r.uint(6, 0, MAX_TIME), certificates: r.array(7, MAX_PRESENTED), stamps: r.array(8, MAX_PRESENTED), sign1 };
  r.done();
  return p;
}

/** The CBOR value of a presentation. */
export function presentationToCbor(p: Presentation): Cbor {
  return sign1ToCbor(p.sign1);
}

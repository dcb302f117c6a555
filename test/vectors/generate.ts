// Regenerates every file in test/vectors/ from the public demo district at a pinned time:
//   npm run vectors
// Ed25519 is deterministic, so the same code writes the same bytes. Each invalid vector is
// named after its defect; its `expect` is what `bbpass verify` prints for it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bestVerifier, cardToCbor, certificateToCbor, createCard, createPresentation, decodeCbor, demoKeyPair, demoWorld, encodeCbor,
  issueCertificate, issueStamp, issueTrustList, keyId, presentationToCbor, sign1ToCbor, signSign1, stampToCbor, toBase64Url,
  toText, valueToText, verifyTexts, FrameTextEncoder, PayloadAssembler, HEADER_CERTIFICATE, TrustStore, DEMO_DISTRICT, encodePayload, holderPairs,
  type Cbor, type CborMap, type Entry, type Stamp, trustFileJson,
} from '../../src/core';

const DIR = dirname(fileURLToPath(import.meta.url));
/** The pinned time of every vector: 2026-09-15T10:00:00Z. */
const NOW = Date.UTC(2026, 8, 15, 10) / 1000;
const AT = new Date(NOW * 1000).toISOString();
const w = demoWorld(NOW);
const kurs: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', module: 'Modul 6', status: 'exam-passed', certificate: 'DTZ B1', units: 100 };
const sprach = w.offices.sprachschule;

interface Vector {
  description: string;
  trust: string;
  at: string;
  holderKey?: string;
  payload: string[];
  expect: unknown;
}
const vectors: Array<[dir: 'valid' | 'invalid', name: string, v: Omit<Vector, 'expect' | 'trust' | 'at'> & { trust?: string; at?: string }]> = [];
const add = (dir: 'valid' | 'invalid', name: string, description: string, payload: string[], extra: Partial<Vector> = {}) =>
  vectors.push([dir, name, { description, payload, ...extra }]);

const stampText = (s: Stamp) => valueToText('stamp', stampToCbor(s));
const stampOf = (entry: Entry, at = NOW - 600, office = sprach, holder = w.holder) => issueStamp({ holder, issuedAt: at, entry }, office.keys, office.certificate);
/** Re-signs a stamp payload after `edit` changed its map: a genuine signature over defective content. */
function resigned(edit: (m: CborMap) => void): string {
  const base = stampOf(kurs);
  const m = decodeCbor(base.sign1.payload) as CborMap;
  edit(m);
  const s = signSign1(encodeCbor(m), keyId(sprach.keys.publicKey), sprach.keys.secretKey, base.sign1.unprotected);
  return valueToText('stamp', sign1ToCbor(s));
}
function flip(bytes: Uint8Array, index: number): Uint8Array {
  const c = bytes.slice();
  c[index < 0 ? c.length + index : index]! ^= 0x01;
  return c;
}
const presentationFrames = (stamps: Stamp[], at = NOW - 30, holder = w.holder) => {
  const p = createPresentation(holder, w.holderKeys, stamps, at);
  const enc = new FrameTextEncoder('presentation', encodeCbor(presentationToCbor(p)));
  return enc.texts(enc.seqLen);
};

// --- valid ---
for (const [i, s] of w.stamps.entries()) add('valid', `stamp-${i + 1}-${s.claims.entry.type}`, `A demo stamp (${s.claims.entry.type}) of ${s.certificate!.claims.officeName}.`, [stampText(s)]);
add('valid', 'card', 'A pass card made 30 seconds before the pinned time.', [valueToText('card', cardToCbor(createCard(w.holder, w.holderKeys, NOW - 30)))]);
add('valid', 'presentation', 'All demo stamps as a presentation, one fountain frame per line.', presentationFrames(w.stamps));
add('valid', 'presentation-frames-reversed', 'The same frames in reverse order, with extra mixed frames.', (() => {
  const p = createPresentation(w.holder, w.holderKeys, w.stamps, NOW - 30);
  const enc = new FrameTextEncoder('presentation', encodeCbor(presentationToCbor(p)));
  // Frames 4, 5, ... up to the first that completes the message: plain fragments 4 .. seqLen,
  // then as many mixes as the three missing fragments need.
  const assembler = new PayloadAssembler();
  const texts: string[] = [];
  for (let n = 4; ; n++) {
    if (n > 100) throw new Error('presentation-frames-reversed: frames 4..100 do not complete the message');
    texts.push(enc.text(n));
    if (assembler.receive(enc.text(n)).status === 'complete') break;
  }
  return texts.reverse();
})());
add('valid', 'stamp-before-revocation', 'Issued before its office was revoked: stays valid.', [stampText(stampOf(kurs, NOW - 86400))], { trust: 'trust-revoked.json' });

// --- invalid, each named after its defect ---
const good = encodeCbor(stampToCbor(stampOf(kurs)));
add('invalid', 'bad-signature', 'Last byte of the office signature flipped.', [toText('stamp', flip(good, -1))]);
add('invalid', 'bad-signature-payload-changed', 'One byte of the signed payload changed (units 100 -> 101) after signing.', (() => {
  const i = good.lastIndexOf(0x64); // the units value 100 inside the payload
  const c = good.slice();
  c[i] = 0x65;
  return [toText('stamp', c)];
})());
add('invalid', 'non-canonical-signature', 'Signature scalar S replaced by S + L (malleated): must be refused by every Ed25519 path.', (() => {
  const s = stampOf(kurs).sign1;
  const L = [0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14, ...new Array(15).fill(0), 0x10];
  const sig = s.signature.slice();
  let carry = 0;
  for (let i = 0; i < 32; i++) {
    const t = sig[32 + i]! + L[i]! + carry;
    sig[32 + i] = t & 0xff;
    carry = t >> 8;
  }
  return [valueToText('stamp', sign1ToCbor({ ...s, signature: sig }))];
})());
const foreignRoot = demoKeyPair('another district root');
const foreignCert = issueCertificate({ ...sprach.certificate.claims, district: 'elsewhere' }, foreignRoot);
add('invalid', 'unknown-issuer', 'Office certificate signed by a root that is not pinned.', [stampText(issueStamp({ holder: w.holder, issuedAt: NOW - 600, entry: kurs }, sprach.keys, foreignCert))]);
add('invalid', 'bad-signature-certificate', 'The carried certificate’s signature has one bit flipped.', (() => {
  const cert = certificateToCbor(sprach.certificate) as { tag: number; value: Cbor[] };
  const broken = { tag: cert.tag, value: [...cert.value.slice(0, 3), flip(cert.value[3] as Uint8Array, 0)] };
  const s = stampOf(kurs).sign1;
  return [valueToText('stamp', sign1ToCbor(s, new Map([[HEADER_CERTIFICATE, broken]])))];
})());
const shortKeys = demoKeyPair('short-lived office');
const shortCert = issueCertificate({ district: DEMO_DISTRICT, officeKey: shortKeys.publicKey, officeName: 'DEMO-Kurzzeit', officeKind: 'other', allowedTypes: ['sprachkurs'], validFrom: NOW - 86400, validUntil: NOW - 3600 }, w.root);
const short = { keys: shortKeys, certificate: shortCert };
add('invalid', 'certificate-expired', 'Issued after the office certificate ran out.', [stampText(stampOf(kurs, NOW - 60, short))]);
add('invalid', 'certificate-not-yet-valid', 'Issued before the office certificate began.', [stampText(stampOf(kurs, NOW - 2 * 86400, short))]);
add('invalid', 'issuer-revoked', 'Issued after the office was revoked (see trust-revoked.json).', [stampText(stampOf(kurs, NOW - 600))], { trust: 'trust-revoked.json' });
add('invalid', 'type-not-allowed', 'A Sprachkurs stamped by an office admitted only for Beratung.', [stampText(stampOf(kurs, NOW - 600, w.offices.beratung))]);
const other = demoKeyPair('another holder');
add('invalid', 'wrong-holder', 'A genuine stamp checked against another holder key.', [stampText(stampOf(kurs))], { holderKey: toBase64Url(other.publicKey) });
add('invalid', 'wrong-holder-in-presentation', 'A presentation with one stamp made for another holder; the other stamps stay valid.',
  presentationFrames([...w.stamps.slice(0, 2), stampOf(kurs, NOW - 600, sprach, { ...w.holder, publicKey: other.publicKey })]));
add('invalid', 'presentation-name-differs-from-stamps', 'The holder’s own key presents genuine stamps under another name (profile renamed to Omid Rahimi): every stamp names Amina Beispiel.',
  presentationFrames(w.stamps, NOW - 30, { ...w.holder, givenName: 'Omid', familyName: 'Rahimi' }));
add('invalid', 'presentation-birth-date-differs-from-stamps', 'The presentation gives the birth year only (1998); the stamps were signed with 1998-04-12.',
  presentationFrames(w.stamps, NOW - 30, { ...w.holder, birthDate: '1998' }));
add('invalid', 'stamp-name-differs-from-presentation', 'One genuine stamp for this holder key was signed with another family name; the other stamps stay valid.',
  presentationFrames([...w.stamps.slice(0, 2), stampOf(kurs, NOW - 600, sprach, { ...w.holder, familyName: 'Beispil' })]));
add('invalid', 'wrong-holder-outranks-person-mismatch', 'One stamp names another person under this key, one names another key: the overall reason is wrong-holder.',
  presentationFrames([w.stamps[0]!, stampOf(kurs, NOW - 600, sprach, { ...w.holder, familyName: 'Beispil' }), stampOf(kurs, NOW - 600, sprach, { ...w.holder, publicKey: other.publicKey })]));
add('invalid', 'bad-signature-in-presentation', 'A presentation (validly signed by the holder) carrying one forged stamp.', (() => {
  const forged = stampOf(kurs);
  const broken: Stamp = { ...forged, sign1: { ...forged.sign1, signature: flip(forged.sign1.signature, 5) } };
  return presentationFrames([w.stamps[0]!, broken, w.stamps[2]!]);
})());
add('invalid', 'bad-signature-copied-certificate-signature', 'A presentation listing a forged certificate (attacker key, all types) that carries the genuine certificate’s signature bytes, and a stamp signed by the attacker.', (() => {
  const genuine = sprach.certificate;
  const mine = demoKeyPair('attacker office');
  const forgedPayload = issueCertificate({ ...genuine.claims, officeKey: mine.publicKey, allowedTypes: ['sprachkurs', 'beratung', 'praktikum', 'weiterbildung'] }, w.root).sign1.payload;
  const forged = { claims: { ...genuine.claims, officeKey: mine.publicKey }, sign1: { ...genuine.sign1, payload: forgedPayload } };
  const fake = issueStamp({ holder: w.holder, issuedAt: NOW - 600, entry: { type: 'praktikum', employer: 'Erfunden GmbH', occupation: 'Koch/Köchin', from: '2026-01-05', to: '2026-02-05' } }, mine, forged);
  // Built by hand: createPresentation would de-duplicate the two certificates by signature.
  const payload = encodePayload('presentation', [...holderPairs(w.holder), [6, NOW - 30], [7, [certificateToCbor(genuine), certificateToCbor(forged)]], [8, [stampToCbor(w.stamps[0]!, false), stampToCbor(fake, false)]]]);
  const enc = new FrameTextEncoder('presentation', encodeCbor(sign1ToCbor(signSign1(payload, keyId(w.holder.publicKey), w.holderKeys.secretKey))));
  return enc.texts(enc.seqLen);
})());
add('invalid', 'bad-signature-small-order-key', 'A pass card “signed” by the identity point as holder key (R = identity, S = 0 verifies any message unless small-order keys are refused).', (() => {
  const identity = new Uint8Array(32);
  identity[0] = 1;
  const payload = encodePayload('card', [...holderPairs({ ...w.holder, publicKey: identity }), [6, NOW - 30]]);
  const protectedBytes = encodeCbor(new Map<number, Cbor>([[1, -8], [4, keyId(identity)]]));
  const signature = new Uint8Array(64);
  signature.set(identity);
  return [valueToText('card', sign1ToCbor({ protectedBytes, kid: keyId(identity), unprotected: new Map(), payload, signature }))];
})());
add('invalid', 'stale-presentation', 'A presentation made an hour before the pinned time (a filmed replay).', presentationFrames(w.stamps, NOW - 3600));
add('invalid', 'stale-card', 'A pass card made an hour before the pinned time.', [valueToText('card', cardToCbor(createCard(w.holder, w.holderKeys, NOW - 3600)))]);
add('invalid', 'future-dated', 'A stamp dated a day after the pinned time.', [stampText(stampOf(kurs, NOW + 86400))]);
add('invalid', 'malformed-unknown-field', 'Validly signed, but the payload has an extra field 99.', [resigned((m) => m.set(99, 'extra'))]);
add('invalid', 'malformed-truncated', 'The stamp bytes cut 10 bytes short.', [toText('stamp', good.subarray(0, good.length - 10))]);
add('invalid', 'malformed-non-canonical-cbor', 'The COSE array length written in two bytes (0x98 0x04) instead of one.', [toText('stamp', Uint8Array.from([0xd2, 0x98, 0x04, ...good.subarray(2)]))]);
add('invalid', 'unsupported-version', 'Validly signed payload declaring format version 2.', [resigned((m) => m.set(1, 2))]);
add('invalid', 'unsupported-version-prefix', 'A payload of a later generation (BBP2:).', [stampText(stampOf(kurs)).replace('BBP1:', 'BBP2:')]);

async function main() {
  rmSync(join(DIR, 'valid'), { recursive: true, force: true });
  rmSync(join(DIR, 'invalid'), { recursive: true, force: true });
  mkdirSync(join(DIR, 'valid'));
  mkdirSync(join(DIR, 'invalid'));
  const revoked = issueTrustList({ ...w.trustList.claims, version: 2, revocations: [{ officeKey: sprach.keys.publicKey, since: NOW - 3600 }] }, w.root);
  const trusts = { 'trust.json': [w.trustList], 'trust-revoked.json': [revoked] };
  const verify = await bestVerifier();
  for (const [file, lists] of Object.entries(trusts)) writeFileSync(join(DIR, file), `${JSON.stringify(trustFileJson([w.anchor], lists), null, 2)}\n`);
  for (const [dir, name, v] of vectors) {
    const trust = v.trust ?? 'trust.json';
    const store = new TrustStore([w.anchor]);
    for (const l of trusts[trust as keyof typeof trusts]) await store.offer(l, verify);
    const holderKey = v.holderKey ? Uint8Array.from(Buffer.from(v.holderKey, 'base64url')) : undefined;
    const report = await verifyTexts(v.payload, { trust: store, now: NOW, verify }, { holderKey });
    if (report.valid !== (dir === 'valid')) throw new Error(`${name}: expected ${dir}, got ${JSON.stringify(report)}`);
    const out: Vector = { description: v.description, trust, at: AT, ...(v.holderKey ? { holderKey: v.holderKey } : {}), payload: v.payload, expect: report };
    writeFileSync(join(DIR, dir, `${name}.json`), `${JSON.stringify(out, null, 2)}\n`);
  }
  process.stdout.write(`wrote ${vectors.length} vectors at ${AT}\n`);
}

void main();

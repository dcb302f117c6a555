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
  toText, valueToText, FrameTextEncoder, PayloadAssembler, HEADER_CERTIFICATE, TrustStore, DEMO_DISTRICT, encodePayload, holderPairs,
  type Cbor, type CborMap, type Entry, type Stamp, type TrustAnchor, type TrustList, trustFileJson, encodeEntry, sigStructure,
} from '../../src/core';
import { certificateUnchecked, IDENTITY, IDENTITY_MINUS_ZERO, identityRSignature, keylessCard, keylessSign1, ORDER_2_SIGN_BIT } from './forge';
import { textVectors } from './text-vectors';
import { needsVectors } from './needs-vectors';
import { signTrustListUnchecked } from '../unit/support';
import { encodeFrame } from '../../src/core/fountain/frame';
import { reportOf } from './report-of';
import { withdrawalVectors, type WithdrawalVector } from './withdrawal-vectors';
import { coordinatorVerdict } from './withdrawal-verdict';

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
// Keys without a private key (FORMAT.md §6.4, §7.1). Each forgery satisfies the bare Ed25519
// equation (keylessCard checks it with tweetnacl, which has no weak-key rule), so only the rule refuses it.
add('invalid', 'card-small-order-key', 'A pass card naming the identity point (01 00…00) as holder key, “signed” with R = identity, S = 0: a key without a private key.', [keylessCard(w.holder, IDENTITY, NOW - 30)]);
add('invalid', 'card-key-minus-zero', 'A pass card naming the identity point written with the sign bit set (01 00…80, x = “−0”, non-canonical).', [keylessCard(w.holder, IDENTITY_MINUS_ZERO, NOW - 30)]);
add('invalid', 'card-small-order-key-sign-bit', 'A pass card naming the order-2 point with the sign bit set (ec ff…ff).', [keylessCard(w.holder, ORDER_2_SIGN_BIT, NOW - 30)]);
add('invalid', 'presentation-small-order-key-sign-bit', 'A presentation naming the identity point with the sign bit set as holder key, “signed” with R = identity, S = 0.', (() => {
  const payload = encodePayload('presentation', [...holderPairs({ ...w.holder, publicKey: IDENTITY_MINUS_ZERO }), [6, NOW - 30], [7, []], [8, []]]);
  const enc = new FrameTextEncoder('presentation', encodeCbor(sign1ToCbor(keylessSign1(payload, IDENTITY_MINUS_ZERO))));
  return enc.texts(enc.seqLen);
})());
add('invalid', 'certificate-small-order-key', 'A stamp carrying a certificate that the demo root really signed for the identity point written 01 00…80 (as `certify` did for a forged request), “signed” with R = identity, S = 0.', (() => {
  const cert = certificateUnchecked({ ...sprach.certificate.claims, officeKey: IDENTITY_MINUS_ZERO, officeName: 'Schein-Büro' }, w.root);
  const s = keylessSign1(encodePayload('stamp', [...holderPairs(w.holder, true), [6, NOW - 600], [7, encodeEntry(kurs)]]), IDENTITY_MINUS_ZERO);
  return [valueToText('stamp', sign1ToCbor(s, new Map([[HEADER_CERTIFICATE, cert]])))];
})());
add('invalid', 'signature-small-order-r', 'A pass card signed by the genuine holder key, but with R = identity and S = k·a mod L: the equation holds, yet no honest signer makes such an R (refused as libsodium does).', (() => {
  const payload = encodePayload('card', [...holderPairs(w.holder), [6, NOW - 30]]);
  const protectedBytes = encodeCbor(new Map<number, Cbor>([[1, -8], [4, keyId(w.holder.publicKey)]]));
  const signature = identityRSignature(sigStructure(protectedBytes, payload), w.holderKeys.secretKey.slice(0, 32));
  return [valueToText('card', sign1ToCbor({ protectedBytes, kid: keyId(w.holder.publicKey), unprotected: new Map(), payload, signature }))];
})());
add('invalid', 'stale-presentation', 'A presentation made an hour before the pinned time (a filmed replay).', presentationFrames(w.stamps, NOW - 3600));
add('invalid', 'stale-card', 'A pass card made an hour before the pinned time.', [valueToText('card', cardToCbor(createCard(w.holder, w.holderKeys, NOW - 3600)))]);
// The replay window is half-open and bounded (FORMAT §9.6): younger than 300 s, at most 120 s ahead.
const cardAt = (at: number) => [valueToText('card', cardToCbor(createCard(w.holder, w.holderKeys, at)))];
add('valid', 'card-at-age-limit', 'A pass card 299 seconds old: the oldest a card may be.', cardAt(NOW - 299));
add('invalid', 'stale-card-at-max-age', 'A pass card exactly 300 seconds old: stale (the window is half-open).', cardAt(NOW - 300));
add('invalid', 'stale-presentation-at-max-age', 'A presentation exactly 300 seconds old: stale.', presentationFrames(w.stamps, NOW - 300));
add('invalid', 'future-dated-card-beyond-holder-skew', 'A pass card 121 seconds ahead: holder-signed objects get 120 s of skew, not a stamp\'s 300.', cardAt(NOW + 121));
add('invalid', 'trust-list-version-too-high', 'Issued after a revocation; a later list of version 2^53-1 without it must be refused (above 2^31-1).', [stampText(stampOf(kurs, NOW - 600))], { trust: 'trust-version-too-high.json' });
add('invalid', 'trust-list-version-jump', 'Issued after a revocation; a list 1,001 versions above the revoking one must be refused.', [stampText(stampOf(kurs, NOW - 600))], { trust: 'trust-version-jump.json' });
add('invalid', 'future-dated', 'A stamp dated a day after the pinned time.', [stampText(stampOf(kurs, NOW + 86400))]);
add('invalid', 'malformed-unknown-field', 'Validly signed, but the payload has an extra field 99.', [resigned((m) => m.set(99, 'extra'))]);
add('invalid', 'malformed-truncated', 'The stamp bytes cut 10 bytes short.', [toText('stamp', good.subarray(0, good.length - 10))]);
add('invalid', 'malformed-non-canonical-cbor', 'The COSE array length written in two bytes (0x98 0x04) instead of one.', [toText('stamp', Uint8Array.from([0xd2, 0x98, 0x04, ...good.subarray(2)]))]);
add('invalid', 'unsupported-version', 'Validly signed payload declaring format version 2.', [resigned((m) => m.set(1, 2))]);
add('invalid', 'unsupported-version-carried-certificate', 'A genuine stamp carrying a certificate of format version 2 (signed by the demo root): the stamp does not decode, and a later version is unsupported-version, not malformed (§9.3, §9.5).', (() => {
  const m = decodeCbor(sprach.certificate.sign1.payload) as CborMap;
  m.set(1, 2);
  const cert = sign1ToCbor(signSign1(encodeCbor(m), keyId(w.root.publicKey), w.root.secretKey));
  return [valueToText('stamp', sign1ToCbor(stampOf(kurs).sign1, new Map([[HEADER_CERTIFICATE, cert]])))];
})());
add('invalid', 'too-many-fragments', 'One frame claiming 4,097 fragments (a 4,097-byte message in 1-byte fragments): refused before any decoding work.',
  [toText('frame', encodeFrame({ seqNum: 1, seqLen: 4097, messageLen: 4097, checksum: 1, data: new Uint8Array(1) }))]);
add('invalid', 'too-many-stamps', 'A presentation validly signed by the holder listing 2,001 stamp items (the limit is 2,000).', (() => {
  const payload = encodePayload('presentation', [...holderPairs(w.holder), [6, NOW - 30], [7, []], [8, new Array<Cbor>(2001).fill(0)]]);
  const enc = new FrameTextEncoder('presentation', encodeCbor(sign1ToCbor(signSign1(payload, keyId(w.holder.publicKey), w.holderKeys.secretKey))));
  return enc.texts(enc.seqLen);
})());
add('invalid', 'two-messages-in-one-input', 'The frames of two presentations in one input: refused, never the first verified and the second dropped.',
  [...presentationFrames(w.stamps.slice(0, 2)), ...presentationFrames(w.stamps.slice(2))]);
add('invalid', 'unsupported-version-prefix', 'A payload of a later generation (BBP2:).', [stampText(stampOf(kurs)).replace('BBP1:', 'BBP2:')]);
// Several devices of one office (issue 17, FORMAT §7.3.1): a tablet certified under the office id of DEMO-Sprachschule.
const tabletKeys = demoKeyPair('device tablet sprachschule');
const tabletCert = issueCertificate({ ...sprach.certificate.claims, officeKey: tabletKeys.publicKey, officeId: keyId(sprach.keys.publicKey), deviceLabel: 'Tablet Raum 2' }, w.root);
const tabletStamp = (at: number) => stampText(issueStamp({ holder: w.holder, issuedAt: at, entry: kurs }, tabletKeys, tabletCert));
add('valid', 'stamp-second-device-before-revocation', 'Signed by a second device of DEMO-Sprachschule (certificate keys 9 and 10) before that device alone was revoked; shown under the office name.', [tabletStamp(NOW - 86400)], { trust: 'trust-devices.json' });
add('invalid', 'issuer-revoked-device', 'Signed by a revoked device (a stolen tablet) after its revocation; its office is not revoked (see trust-devices.json).', [tabletStamp(NOW - 600)], { trust: 'trust-devices.json' });
add('valid', 'stamp-of-office-beside-revoked-device', 'Signed by the first device of the office whose tablet was revoked: revoking one device leaves the others valid.', [stampText(stampOf(kurs, NOW - 600))], { trust: 'trust-devices.json' });
add('invalid', 'malformed-certificate-office-id-is-own-key', 'A stamp carrying a root-signed certificate whose office id (key 9) is its own key id: a second spelling of "first device", refused.', (() => {
  const c = sprach.certificate.claims;
  const payload = encodePayload('certificate', [[2, c.district], [3, tabletKeys.publicKey], [4, c.officeName], [5, 1], [6, [1]], [7, c.validFrom], [8, c.validUntil], [9, keyId(tabletKeys.publicKey)]]);
  const cert = sign1ToCbor(signSign1(payload, keyId(w.root.publicKey), w.root.secretKey));
  const s = issueStamp({ holder: w.holder, issuedAt: NOW - 600, entry: kurs }, tabletKeys, tabletCert).sign1;
  return [valueToText('stamp', sign1ToCbor(s, new Map([[HEADER_CERTIFICATE, cert]])))];
})());
const withdrawals = withdrawalVectors(w, NOW, kurs, (stamps) => presentationFrames(stamps), add);
for (const [dir, name, description, payload] of textVectors({ w, now: NOW, entry: kurs, stampText, resigned })) add(dir, name, description, payload);
for (const [dir, name, description, payload] of needsVectors(w, NOW)) add(dir, name, description, payload);

async function main() {
  rmSync(join(DIR, 'valid'), { recursive: true, force: true });
  rmSync(join(DIR, 'invalid'), { recursive: true, force: true });
  mkdirSync(join(DIR, 'valid'));
  mkdirSync(join(DIR, 'invalid'));
  rmSync(join(DIR, 'withdrawal'), { recursive: true, force: true });
  mkdirSync(join(DIR, 'withdrawal'));
  const revoked = issueTrustList({ ...w.trustList.claims, version: 2, revocations: [{ officeKey: sprach.keys.publicKey, since: NOW - 3600 }] }, w.root);
  // A genuine root signature over a version no verifier may take (§9.10): it must not lift the revocation before it.
  const unrevoked = (version: number) => signTrustListUnchecked({ ...w.trustList.claims, version }, w.root);
  const trusts: Record<string, { anchors: TrustAnchor[]; lists: TrustList[] }> = {
    'trust.json': { anchors: [w.anchor], lists: [w.trustList] },
    'trust-revoked.json': { anchors: [w.anchor], lists: [revoked] },
    'trust-version-too-high.json': { anchors: [w.anchor], lists: [revoked, unrevoked(Number.MAX_SAFE_INTEGER)] },
    'trust-version-jump.json': { anchors: [w.anchor], lists: [revoked, unrevoked(2 + 1001)] },
    'trust-devices.json': { anchors: [w.anchor], lists: [issueTrustList({ ...w.trustList.claims, version: 2, certificates: [...w.trustList.claims.certificates, tabletCert], revocations: [{ officeKey: tabletKeys.publicKey, since: NOW - 3600 }] }, w.root)] },
    ...withdrawals.trusts,
  };
  const verify = await bestVerifier();
  for (const [file, t] of Object.entries(trusts)) writeFileSync(join(DIR, file), `${JSON.stringify(trustFileJson(t.anchors, t.lists), null, 2)}\n`);
  for (const [dir, name, v] of vectors) {
    const trust = v.trust ?? 'trust.json';
    const store = new TrustStore(trusts[trust]!.anchors);
    for (const l of trusts[trust]!.lists) await store.offer(l, verify);
    const holderKey = v.holderKey ? Uint8Array.from(Buffer.from(v.holderKey, 'base64url')) : undefined;
    const report = await reportOf(v.payload, { trust: store, now: NOW, verify }, { holderKey });
    if (report.valid !== (dir === 'valid')) throw new Error(`${name}: expected ${dir}, got ${JSON.stringify(report)}`);
    const out: Vector = { description: v.description, trust, at: AT, ...(v.holderKey ? { holderKey: v.holderKey } : {}), payload: v.payload, expect: report };
    writeFileSync(join(DIR, dir, `${name}.json`), `${JSON.stringify(out, null, 2)}\n`);
  }
  for (const [name, v] of withdrawals.coordinator) {
    const got = await coordinatorVerdict(v, { anchor: w.anchor, now: NOW, verify });
    if (JSON.stringify(got) !== JSON.stringify(v.expect)) throw new Error(`withdrawal/${name}: expected ${JSON.stringify(v.expect)}, got ${JSON.stringify(got)}`);
    const { description, ...rest } = v;
    const out: WithdrawalVector & { trust: string; at: string } = { description, trust: 'trust.json', at: AT, ...rest };
    writeFileSync(join(DIR, 'withdrawal', `${name}.json`), `${JSON.stringify(out, null, 2)}\n`);
  }
  process.stdout.write(`wrote ${vectors.length} vectors and ${withdrawals.coordinator.length} withdrawal vectors at ${AT}\n`);
}

void main();

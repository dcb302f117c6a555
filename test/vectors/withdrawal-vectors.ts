// Vectors for withdrawn and corrected stamps (FORMAT.md §7.11, §9.12): trust files whose list
// withdraws a demo stamp, verify vectors for valid/ and invalid/, and the coordinator's
// acceptance vectors in withdrawal/ (a withdrawal or a trust list, and what must happen to it).
import {
  certificateToCbor, decodeCbor, demoDistrictRoot, demoDistrictWorld, demoKeyPair, encodeCbor, issueCertificate, issueStamp, issueTrustList, issueWithdrawal,
  keyId, listedWithdrawal, sign1ToCbor, signSign1, stampRef, stampToCbor, trustListToCbor, valueToText, withdrawalToCbor, DEMO_FEDERATION, HEADER_CERTIFICATE,
  HEADER_STAMP, MAX_WITHDRAWALS, type Cbor, type CborMap, type DemoWorld, type Entry, type Stamp, type TrustAnchor, type TrustList, type Withdrawal,
} from '../../src/core';

/** A coordinator vector: a withdrawal to check for the demo district, or a root-signed trust list to decode. */
export interface WithdrawalVector {
  readonly description: string;
  readonly withdrawal?: string;
  readonly list?: string;
  readonly expect: { readonly accepted: true } | { readonly accepted: false; readonly reason: string } | { readonly error: string };
}

type Add = (dir: 'valid' | 'invalid', name: string, description: string, payload: string[], extra?: { trust?: string }) => void;

/** The files and vectors of withdrawals, built from the demo world at `now`. */
export function withdrawalVectors(w: DemoWorld, now: number, kurs: Entry, presentationFrames: (s: Stamp[]) => string[], add: Add) {
  const sprach = w.offices.sprachschule;
  const stampText = (s: Stamp) => valueToText('stamp', stampToCbor(s));
  const target = w.stamps[0]!; // a Sprachkurs of the DEMO-Sprachschule
  const fixed = issueStamp({ holder: w.holder, issuedAt: now - 1800, entry: kurs, replaces: stampRef(target) }, sprach.keys, sprach.certificate);
  // `stamp` null: a withdrawal without the stamp, as an office could show it to the holder's app.
  const withdraw = (over: Partial<Withdrawal['claims']> = {}, stamp: Stamp | null = target, office = sprach) =>
    issueWithdrawal({ stamp: stampRef(target), reason: 'corrected', withdrawnAt: now - 1800, replacement: stampRef(fixed), ...over }, office.keys, office.certificate, stamp ?? undefined);
  const withdrawn = issueTrustList({ ...w.trustList.claims, version: 2, withdrawals: [listedWithdrawal(withdraw())] }, w.root);
  // The same stamp withdrawn in another district's list: only the stamp's own district may withdraw it.
  const dachau = demoDistrictWorld(DEMO_FEDERATION[0]!, now);
  const foreignList = issueTrustList({ ...dachau.trustList.claims, version: 2, withdrawals: [listedWithdrawal(withdraw())] }, demoDistrictRoot(dachau.anchor.district));
  const trusts: Record<string, { anchors: TrustAnchor[]; lists: TrustList[] }> = {
    'trust-withdrawn.json': { anchors: [w.anchor], lists: [withdrawn] },
    'trust-withdrawn-elsewhere.json': { anchors: [w.anchor, dachau.anchor], lists: [w.trustList, foreignList] },
  };

  add('invalid', 'stamp-withdrawn', 'Its office withdrew the stamp (corrected) and the district list carries the withdrawal: withdrawn, with its date.', [stampText(target)], { trust: 'trust-withdrawn.json' });
  add('invalid', 'presentation-one-stamp-withdrawn', 'All demo stamps, the first withdrawn by its office: that entry withdrawn, the other four valid.', presentationFrames(w.stamps), { trust: 'trust-withdrawn.json' });
  add('valid', 'stamp-beside-withdrawn-stamp', 'Another stamp of the same office and holder, not withdrawn: valid under the list that withdraws its sibling.', [stampText(w.stamps[1]!)], { trust: 'trust-withdrawn.json' });
  add('valid', 'corrected-stamp', 'The corrected stamp (key 8 names the withdrawn one): valid, reporting what it replaces.', [stampText(fixed)], { trust: 'trust-withdrawn.json' });
  add('valid', 'stamp-withdrawn-by-another-district', 'A list of another pinned district withdraws this stamp: ignored, only the stamp’s own district withdraws its offices’ stamps.', [stampText(target)], { trust: 'trust-withdrawn-elsewhere.json' });
  add('invalid', 'malformed-replaces-short', 'A validly signed stamp whose key 8 (replaces) has 8 bytes instead of 16.', (() => {
    const m = decodeCbor(target.sign1.payload) as CborMap;
    m.set(8, new Uint8Array(8));
    return [valueToText('stamp', sign1ToCbor(signSign1(encodeCbor(m), keyId(sprach.keys.publicKey), sprach.keys.secretKey, target.sign1.unprotected)))];
  })());

  const W = (x: Withdrawal | Cbor) => valueToText('withdrawal', 'sign1' in (x as Withdrawal) ? withdrawalToCbor(x as Withdrawal) : (x as Cbor));
  /** A withdrawal payload edited after the office built it, signed again by the office: genuine signature, defective content. */
  const resigned = (edit: (m: CborMap) => void, unprotected = withdraw().sign1.unprotected) => {
    const m = decodeCbor(withdraw().sign1.payload) as CborMap;
    edit(m);
    return sign1ToCbor(signSign1(encodeCbor(m), keyId(sprach.keys.publicKey), sprach.keys.secretKey, unprotected));
  };
  const list = (items: Cbor[]) => {
    const m = decodeCbor(w.trustList.sign1.payload) as CborMap;
    m.set(4, 2).set(8, items);
    return valueToText('trustList', sign1ToCbor(signSign1(encodeCbor(m), keyId(w.root.publicKey), w.root.secretKey)));
  };
  const item = (fill: number): Cbor => [new Uint8Array(16).fill(fill), now, 1];
  const foreignRoot = demoKeyPair('another district root');
  const elsewhere = { ...sprach, certificate: issueCertificate({ ...sprach.certificate.claims, district: 'elsewhere' }, foreignRoot) };
  const coordinator: Array<[string, WithdrawalVector]> = [
    ['withdrawal-valid', { description: 'The issuing office withdraws its stamp as corrected, naming the correction: accepted.', withdrawal: W(withdraw()), expect: { accepted: true } }],
    ['withdrawal-of-another-offices-stamp', { description: 'The DEMO-Sprachschule signs a withdrawal of the DEMO-Migrationsberatung’s stamp (carried, with a matching reference): only the issuer may withdraw it.',
      withdrawal: W(issueWithdrawal({ stamp: stampRef(w.stamps[2]!), reason: 'issued-in-error', withdrawnAt: now - 60 }, sprach.keys, sprach.certificate, w.stamps[2]!)), expect: { accepted: false, reason: 'not-issuer' } }],
    ['withdrawal-names-another-stamp', { description: 'The withdrawal names the office’s second stamp but carries its first.', withdrawal: W(withdraw({ stamp: stampRef(w.stamps[1]!) })), expect: { accepted: false, reason: 'stamp-mismatch' } }],
    ['withdrawal-without-stamp', { description: 'The withdrawal carries no stamp, so the coordinator cannot tell who issued the stamp it names.', withdrawal: W(withdraw({}, null)), expect: { accepted: false, reason: 'stamp-missing' } }],
    ['withdrawal-signed-by-another-key', { description: 'The DEMO-Migrationsberatung signs a withdrawal carrying the DEMO-Sprachschule’s certificate.',
      withdrawal: W(issueWithdrawal({ stamp: stampRef(target), reason: 'issued-in-error', withdrawnAt: now - 60 }, w.offices.beratung.keys, sprach.certificate, target)), expect: { accepted: false, reason: 'bad-signature' } }],
    ['withdrawal-office-of-another-district', { description: 'The office’s certificate is from district `elsewhere` (an unpinned root), not the coordinator’s.', withdrawal: W(withdraw({}, target, elsewhere)), expect: { accepted: false, reason: 'unknown-issuer' } }],
    ['withdrawal-future-dated', { description: 'Withdrawn 301 s after the pinned time (beyond the 300 s skew).', withdrawal: W(withdraw({ withdrawnAt: now + 301 })), expect: { accepted: false, reason: 'future-dated' } }],
    ['withdrawal-replacement-without-corrected', { description: 'Reason issued-in-error (1) with a replacement (key 5): only a correction names one.', withdrawal: W(resigned((m) => m.set(3, 1))), expect: { accepted: false, reason: 'malformed' } }],
    ['withdrawal-unknown-reason', { description: 'Reason code 4, outside the closed list 1–3.', withdrawal: W(resigned((m) => m.set(3, 4))), expect: { accepted: false, reason: 'malformed' } }],
    ['withdrawal-stamp-with-own-certificate', { description: 'The carried stamp still carries its certificate (a second encoding of the same withdrawal).',
      withdrawal: W(resigned(() => undefined, new Map<number, Cbor>([[HEADER_CERTIFICATE, certificateToCbor(sprach.certificate)], [HEADER_STAMP, stampToCbor(target, true)]]))), expect: { accepted: false, reason: 'malformed' } }],
    ['withdrawal-version-2', { description: 'A withdrawal of format version 2.', withdrawal: W(resigned((m) => m.set(1, 2))), expect: { accepted: false, reason: 'unsupported-version' } }],
    ['trust-list-withdrawals-valid', { description: 'A root-signed list withdrawing the demo stamp: decodes.', list: valueToText('trustList', trustListToCbor(withdrawn)), expect: { accepted: true } }],
    ['trust-list-withdrawals-unsorted', { description: 'Root-signed list whose withdrawals are not in ascending reference order.', list: list([item(2), item(1)]), expect: { error: 'bad-structure' } }],
    ['trust-list-withdrawals-repeated', { description: 'Root-signed list naming the same stamp twice.', list: list([item(1), item(1)]), expect: { error: 'bad-structure' } }],
    ['trust-list-withdrawals-empty', { description: 'Root-signed list with key 8 present but empty (absent is the one encoding of none).', list: list([]), expect: { error: 'bad-structure' } }],
    ['trust-list-too-many-withdrawals', { description: `Root-signed list with ${MAX_WITHDRAWALS + 1} withdrawals (the limit is ${MAX_WITHDRAWALS}).`,
      list: list(new Array<Cbor>(MAX_WITHDRAWALS + 1).fill(0)), expect: { error: 'too-large' } }],
  ];
  return { trusts, coordinator };
}

import { describe, expect, it } from 'vitest';
import {
  createCard, createPresentation, demoKeyPair, decodeCbor, encodeCbor, issueCertificate, issueStamp, issueTrustList,
  presentationToCbor, stampToCbor, cardToCbor, certificateToCbor, encodePayload, holderPairs, keyId, sign1ToCbor, signSign1, verifyCard, verifyPresentation, verifyStamp, DEMO_DISTRICT, TrustStore, naclVerify, MAX_TRUST_LIST_STEP, MAX_TRUST_LIST_VERSION, DEFAULT_CARD_MAX_AGE, DEFAULT_PRESENTATION_MAX_AGE, MAX_HOLDER_AGE, HOLDER_SKEW,
  type Entry,
} from '../../src/core';
import { fixture, NOW, signTrustListUnchecked } from './support';

const kurs: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 };

describe('verifyStamp', () => {
  it('accepts every demo stamp and names its issuer', async () => {
    const { world, ctx } = await fixture();
    for (const s of world.stamps) {
      const v = await verifyStamp(decodeCbor(encodeCbor(stampToCbor(s))), ctx, { holderKey: world.holder.publicKey });
      expect(v.valid).toBe(true);
      if (v.valid) expect(v.issuer.claims.officeName).toMatch(/^DEMO-/);
    }
  });

  it('refuses a stamp for another holder with wrong-holder', async () => {
    const { world, ctx } = await fixture();
    const v = await verifyStamp(stampToCbor(world.stamps[0]!), ctx, { holderKey: demoKeyPair('someone else').publicKey });
    expect(v).toMatchObject({ valid: false, reason: 'wrong-holder' });
  });

  it('refuses an office of an unpinned district with unknown-issuer', async () => {
    const { world } = await fixture();
    const store = new TrustStore([]);
    const v = await verifyStamp(stampToCbor(world.stamps[0]!), { trust: store, now: NOW, verify: naclVerify });
    expect(v).toMatchObject({ valid: false, reason: 'unknown-issuer' });
  });

  it('refuses a type the certificate does not allow', async () => {
    const { world, ctx } = await fixture();
    const o = world.offices.beratung;
    const s = issueStamp({ holder: world.holder, issuedAt: NOW - 60, entry: kurs }, o.keys, o.certificate);
    expect(await verifyStamp(stampToCbor(s), ctx)).toMatchObject({ valid: false, reason: 'type-not-allowed' });
  });

  it('judges the certificate at the time of issue', async () => {
    const { world, ctx } = await fixture();
    const keys = demoKeyPair('short-lived office');
    const cert = issueCertificate(
      { district: DEMO_DISTRICT, officeKey: keys.publicKey, officeName: 'Kurz', officeKind: 'other', allowedTypes: ['sprachkurs'], validFrom: NOW - 1000, validUntil: NOW - 100 },
      world.root,
    );
    const issued = (at: number) => stampToCbor(issueStamp({ holder: world.holder, issuedAt: at, entry: kurs }, keys, cert));
    expect(await verifyStamp(issued(NOW - 500), ctx)).toMatchObject({ valid: true });
    expect(await verifyStamp(issued(NOW - 50), ctx)).toMatchObject({ valid: false, reason: 'certificate-expired' });
    expect(await verifyStamp(issued(NOW - 2000), ctx)).toMatchObject({ valid: false, reason: 'certificate-not-yet-valid' });
    expect(await verifyStamp(issued(NOW + 3600), ctx)).toMatchObject({ valid: false, reason: 'future-dated' });
  });

  it('keeps stamps from before a revocation and refuses later ones', async () => {
    const { world, trust, ctx } = await fixture();
    const o = world.offices.sprachschule;
    const list2 = issueTrustList({ ...world.trustList.claims, version: 2, revocations: [{ officeKey: o.keys.publicKey, since: NOW - 3600 }] }, world.root);
    expect(await trust.offer(list2, naclVerify)).toMatchObject({ accepted: true, replacedVersion: 1 });
    const before = issueStamp({ holder: world.holder, issuedAt: NOW - 7200, entry: kurs }, o.keys, o.certificate);
    const after = issueStamp({ holder: world.holder, issuedAt: NOW - 60, entry: kurs }, o.keys, o.certificate);
    expect(await verifyStamp(stampToCbor(before), ctx)).toMatchObject({ valid: true });
    expect(await verifyStamp(stampToCbor(after), ctx)).toMatchObject({ valid: false, reason: 'issuer-revoked', since: NOW - 3600 });
  });

  it('refuses a certificate signed by a key that is not the root', async () => {
    const { world, ctx } = await fixture();
    const o = world.offices.sprachschule;
    const forged = issueCertificate({ ...o.certificate.claims }, demoKeyPair('forger'));
    const s = issueStamp({ holder: world.holder, issuedAt: NOW - 60, entry: kurs }, o.keys, forged);
    // The forger's key id matches no anchor; the genuine certificate in the trust list does not rescue a stamp carrying a bad one.
    expect(await verifyStamp(stampToCbor(s), ctx)).toMatchObject({ valid: false, reason: 'unknown-issuer' });
  });
});

describe('trust lists', () => {
  it('never lets a lower or equal version replace a higher one, and refuses forged lists', async () => {
    const { world, trust } = await fixture();
    const v1again = issueTrustList({ ...world.trustList.claims }, world.root);
    expect(await trust.offer(v1again, naclVerify)).toMatchObject({ accepted: false, reason: 'not-newer', currentVersion: 1 });
    const forged = issueTrustList({ ...world.trustList.claims, version: 9 }, demoKeyPair('forger'));
    expect(await trust.offer(forged, naclVerify)).toMatchObject({ accepted: false, reason: 'unknown-issuer' });
    expect(trust.listFor(DEMO_DISTRICT)?.claims.version).toBe(1);
  });

  it('refuses a version above 2^31-1, so a root cannot freeze every future list (2^53-1 once did)', async () => {
    const { world } = await fixture();
    const trust = new TrustStore([world.anchor]); // no current list: only the ceiling applies
    const top = signTrustListUnchecked({ ...world.trustList.claims, version: MAX_TRUST_LIST_VERSION }, world.root);
    const frozen = signTrustListUnchecked({ ...world.trustList.claims, version: Number.MAX_SAFE_INTEGER }, world.root);
    expect(await trust.offer(frozen, naclVerify)).toMatchObject({ accepted: false, reason: 'version-out-of-range' });
    expect(MAX_TRUST_LIST_VERSION).toBe(2 ** 31 - 1);
    expect(await trust.offer(top, naclVerify)).toMatchObject({ accepted: true });
  });

  it('refuses a jump of more than MAX_TRUST_LIST_STEP above the current list', async () => {
    const { world, trust } = await fixture(); // current: version 1
    const tooFar = issueTrustList({ ...world.trustList.claims, version: 1 + MAX_TRUST_LIST_STEP + 1 }, world.root);
    const farthest = issueTrustList({ ...world.trustList.claims, version: 1 + MAX_TRUST_LIST_STEP }, world.root);
    expect(await trust.offer(tooFar, naclVerify)).toMatchObject({ accepted: false, reason: 'version-jump', currentVersion: 1 });
    expect(trust.listFor(DEMO_DISTRICT)?.claims.version).toBe(1);
    expect(await trust.offer(farthest, naclVerify)).toMatchObject({ accepted: true, replacedVersion: 1 });
  });
});

describe('pass card and presentation', () => {
  it('accepts a fresh card and calls an old one stale', async () => {
    const { world } = await fixture();
    const card = cardToCbor(createCard(world.holder, world.holderKeys, NOW - 30));
    expect(await verifyCard(card, { now: NOW, verify: naclVerify })).toMatchObject({ valid: true });
    expect(await verifyCard(card, { now: NOW + 3600, verify: naclVerify })).toMatchObject({ valid: false, reason: 'stale' });
    expect(await verifyCard(card, { now: NOW - 3600, verify: naclVerify })).toMatchObject({ valid: false, reason: 'future-dated' });
  });

  it('bounds the replay window of a card and a presentation: younger than max age, at most HOLDER_SKEW ahead', async () => {
    const { world, ctx } = await fixture();
    expect([DEFAULT_CARD_MAX_AGE, DEFAULT_PRESENTATION_MAX_AGE, MAX_HOLDER_AGE, HOLDER_SKEW]).toEqual([300, 300, 300, 120]);
    const card = (at: number, clock: { maxAge?: number; skew?: number } = {}) =>
      verifyCard(cardToCbor(createCard(world.holder, world.holderKeys, at)), { now: NOW, verify: naclVerify, ...clock }).then((v) => (v.valid ? 'ok' : v.reason));
    const presented = (at: number, extra: { maxAge?: number; skew?: number } = {}) =>
      verifyPresentation(presentationToCbor(createPresentation(world.holder, world.holderKeys, [], at)), { ...ctx, ...extra }).then((v) => (v.valid ? 'ok' : v.reason));
    for (const check of [card, presented]) {
      // Accepted at the limit, refused one second past it: a filmed code is usable for 300 + 120 s, not 601.
      expect([await check(NOW - 299), await check(NOW - 300)]).toEqual(['ok', 'stale']);
      expect([await check(NOW + 120), await check(NOW + 121)]).toEqual(['ok', 'future-dated']);
      // A caller's bigger max age or skew is clamped (the verifier setting allowed 1,800 s; a card had 600).
      expect([await check(NOW - 299, { maxAge: 1800 }), await check(NOW - 300, { maxAge: 1800 }), await check(NOW - 300, { maxAge: Number.NaN })]).toEqual(['ok', 'stale', 'stale']);
      expect([await check(NOW + 121, { skew: 300 }), await check(NOW - 60, { maxAge: 60 })]).toEqual(['future-dated', 'stale']);
    }
  });

  it('de-duplicates certificates and verifies every stamp on its own', async () => {
    const { world, ctx } = await fixture();
    const p = createPresentation(world.holder, world.holderKeys, world.stamps, NOW - 10);
    expect(p.certificates).toHaveLength(3);
    const v = await verifyPresentation(presentationToCbor(p), ctx);
    expect(v.valid).toBe(true);
    expect(v.entries.map((e) => e.valid)).toEqual([true, true, true, true, true]);
    const stale = await verifyPresentation(presentationToCbor(p), { ...ctx, now: NOW + 3600 });
    expect(stale).toMatchObject({ valid: false, reason: 'stale' });
    expect(stale.entries.every((e) => e.valid)).toBe(true);
  });

  it('marks a stamp of another holder inside a presentation and keeps the rest valid', async () => {
    const { world, ctx } = await fixture();
    const other = { ...world.holder, publicKey: demoKeyPair('other holder').publicKey };
    const o = world.offices.beratung;
    const foreign = issueStamp({ holder: other, issuedAt: NOW - 60, entry: { type: 'beratung', topics: ['school'], date: '2026-09-14' } }, o.keys, o.certificate);
    const p = createPresentation(world.holder, world.holderKeys, [...world.stamps, foreign], NOW - 10);
    const v = await verifyPresentation(presentationToCbor(p), ctx);
    expect(v.valid).toBe(true);
    expect(v.entries.map((e) => (e.valid ? 'ok' : e.reason))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'wrong-holder']);
  });
});

describe('names come from the offices', () => {
  it('refuses every stamp whose signed name differs from the presenting holder with person-mismatch, per entry and overall', async () => {
    const { world, ctx } = await fixture();
    // Amina's key, but the profile says Omid Rahimi: the stamps still name Amina Beispiel.
    const renamed = { ...world.holder, givenName: 'Omid', familyName: 'Rahimi' };
    const v = await verifyPresentation(presentationToCbor(createPresentation(renamed, world.holderKeys, world.stamps, NOW - 10)), ctx);
    expect(v).toMatchObject({ valid: false, reason: 'person-mismatch' });
    expect(v.entries.map((e) => (e.valid ? 'ok' : e.reason))).toEqual(Array(5).fill('person-mismatch'));
  });

  it('refuses a stamp whose signed birth date differs, and keeps the matching stamps valid', async () => {
    const { world, ctx } = await fixture();
    const o = world.offices.beratung;
    const older = issueStamp({ holder: { ...world.holder, birthDate: '1997' }, issuedAt: NOW - 60, entry: { type: 'beratung', topics: ['school'], date: '2026-09-14' } }, o.keys, o.certificate);
    const v = await verifyPresentation(presentationToCbor(createPresentation(world.holder, world.holderKeys, [...world.stamps, older], NOW - 10)), ctx);
    expect(v).toMatchObject({ valid: false, reason: 'person-mismatch' });
    expect(v.entries.map((e) => (e.valid ? 'ok' : e.reason))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'person-mismatch']);
  });

  it('compares names exactly (case and diacritics count); a name not in NFC is malformed, never "the same"', async () => {
    const { world, ctx } = await fixture();
    const o = world.offices.beratung;
    const entry: Entry = { type: 'beratung', topics: ['school'], date: '2026-09-14' };
    const composed = issueStamp({ holder: { ...world.holder, givenName: 'Am\u00e9lie' }, issuedAt: NOW - 60, entry }, o.keys, o.certificate);
    const lower = issueStamp({ holder: { ...world.holder, givenName: 'amélie' }, issuedAt: NOW - 60, entry }, o.keys, o.certificate);
    // Hand-built, because createPresentation normalises the holder's name before signing.
    const presented = (givenName: string) => {
      const payload = encodePayload('presentation', [
        [2, world.holder.publicKey], [3, givenName], [4, world.holder.familyName], [5, world.holder.birthDate], [6, NOW - 10],
        [7, [certificateToCbor(o.certificate)]], [8, [stampToCbor(composed, false), stampToCbor(lower, false)]],
      ]);
      return verifyPresentation(sign1ToCbor(signSign1(payload, keyId(world.holder.publicKey), world.holderKeys.secretKey)), ctx);
    };
    const v = await presented('Am\u00e9lie');
    expect(v.entries.map((e) => (e.valid ? 'ok' : e.reason))).toEqual(['ok', 'person-mismatch']);
    expect(await presented('Ame\u0301lie')).toMatchObject({ valid: false, reason: 'malformed', entries: [] });
  });

  it('keeps wrong-holder for a stamp of another key even when its name differs too', async () => {
    const { world, ctx } = await fixture();
    const other = { publicKey: demoKeyPair('other holder').publicKey, givenName: 'Omid', familyName: 'Rahimi', birthDate: '1990' };
    const o = world.offices.beratung;
    const foreign = issueStamp({ holder: other, issuedAt: NOW - 60, entry: { type: 'beratung', topics: ['school'], date: '2026-09-14' } }, o.keys, o.certificate);
    const v = await verifyPresentation(presentationToCbor(createPresentation(world.holder, world.holderKeys, [world.stamps[0]!, foreign], NOW - 10)), ctx);
    expect(v.entries.map((e) => (e.valid ? 'ok' : e.reason))).toEqual(['ok', 'wrong-holder']);
  });
});

describe('the certifying district', () => {
  it('is the pinned anchor that verified the certificate, with its DEMO flag', async () => {
    const { world, ctx } = await fixture();
    const v = await verifyStamp(stampToCbor(world.stamps[0]!), ctx);
    expect(v).toMatchObject({ valid: true, anchor: { district: DEMO_DISTRICT, name: world.anchor.name } });
    const demo = new TrustStore([{ ...world.anchor, demo: true }]);
    expect(await verifyStamp(stampToCbor(world.stamps[0]!), { ...ctx, trust: demo })).toMatchObject({ valid: true, anchor: { demo: true } });
    // No anchor vouched for an unknown issuer, so none is named.
    const none = await verifyStamp(stampToCbor(world.stamps[0]!), { ...ctx, trust: new TrustStore([]) });
    expect(none).toMatchObject({ valid: false, reason: 'unknown-issuer' });
    expect('anchor' in none && none.anchor).toBeFalsy();
  });
});

describe('attacks found in review', () => {
  it('a forged certificate carrying a copied genuine signature does not inherit its verdict', async () => {
    const { world, ctx } = await fixture();
    const genuine = world.offices.sprachschule.certificate;
    const mine = demoKeyPair('attacker office');
    // Same signature bytes as the genuine certificate, but the attacker's key and every type.
    const forgedPayload = issueCertificate({ ...genuine.claims, officeKey: mine.publicKey, allowedTypes: ['sprachkurs', 'beratung', 'praktikum', 'weiterbildung'] }, world.root).sign1.payload;
    const forged = { claims: { ...genuine.claims, officeKey: mine.publicKey }, sign1: { ...genuine.sign1, kid: genuine.sign1.kid, payload: forgedPayload } };
    const fake = issueStamp({ holder: world.holder, issuedAt: NOW - 60, entry: { type: 'praktikum', employer: 'Erfunden GmbH', occupation: 'Koch', from: '2026-01-01', to: '2026-02-01' } }, mine, forged);
    // Hand-built, because createPresentation de-duplicates certificates by signature.
    const payload = encodePayload('presentation', [
      ...holderPairs(world.holder), [6, NOW - 10],
      [7, [certificateToCbor(genuine), certificateToCbor(forged)]],
      [8, [stampToCbor(world.stamps[0]!, false), stampToCbor(fake, false)]],
    ]);
    const p = sign1ToCbor(signSign1(payload, keyId(world.holder.publicKey), world.holderKeys.secretKey));
    const v = await verifyPresentation(p, ctx);
    expect(v.entries.map((e) => (e.valid ? 'ok' : e.reason))).toEqual(['ok', 'bad-signature']);
  });

  it('accepts full birth dates before 1970 and refuses impossible ones', async () => {
    const { world } = await fixture();
    const older = { ...world.holder, birthDate: '1960-05-01' };
    const card = cardToCbor(createCard(older, world.holderKeys, NOW - 5));
    expect(await verifyCard(card, { now: NOW, verify: naclVerify })).toMatchObject({ valid: true, card: { claims: { holder: { birthDate: '1960-05-01' } } } });
    expect(() => createCard({ ...world.holder, birthDate: '1960-02-30' }, world.holderKeys, NOW)).toThrow(RangeError);
    expect(() => createCard({ ...world.holder, birthDate: '1899' }, world.holderKeys, NOW)).toThrow(RangeError);
  });
});

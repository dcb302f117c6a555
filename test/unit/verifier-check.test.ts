// The verifier's pure judgement: summary of verified entries, every stamp with its own verdict,
// envelope freshness for live scans, files judged as files. Time is pinned.
import { describe, expect, it } from 'vitest';
import {
  checkPayload, createPresentation, demoKeyPair, encodeCbor, issueStamp, issueTrustList, presentationToCbor, stampToCbor, summarizeEntries,
  TrustStore, naclVerify, DEMO_DISTRICT, DEMO_DISTRICT_NAME, type Holder, type Stamp, type VerifiedEntry,
} from '../../src/core';
import { fixture, NOW } from './support';

const DAY = 86_400;
const opts = { mode: 'live', maxAge: 300 } as const;

describe('summarizeEntries', () => {
  const at = (entry: VerifiedEntry['entry'], issuedAt = NOW, officeName = 'Stelle A'): VerifiedEntry => ({ entry, issuedAt, officeName });

  it('takes the highest level completed or passed, preferring a passed exam, and never a course only enrolled in', () => {
    const s = summarizeEntries([
      at({ type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 }, NOW - 10),
      at({ type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'exam-passed', certificate: 'DTZ B1', units: 0 }, NOW - 20, 'Prüfstelle'),
      at({ type: 'sprachkurs', course: 'berufssprachkurs', level: 'B2', status: 'enrolled', units: 50 }),
      at({ type: 'weiterbildung', title: 'Excel', units: 40 }),
    ]);
    expect(s.highestLevel).toEqual({ level: 'B1', course: 'integrationskurs', status: 'exam-passed', certificate: 'DTZ B1', officeName: 'Prüfstelle', issuedAt: NOW - 20 });
    expect(s.units).toEqual({ sprachkurs: 150, weiterbildung: 40, total: 190 });
    expect(s.trainings).toBe(1);
  });

  it('counts counselling contacts per topic and measures internships in calendar days', () => {
    const s = summarizeEntries([
      at({ type: 'beratung', topics: ['recognition', 'labour-market'], date: '2026-01-10' }),
      at({ type: 'beratung', topics: ['labour-market'], date: '2026-02-10' }),
      at({ type: 'praktikum', employer: 'B', occupation: 'Koch', from: '2026-03-02', to: '2026-03-13', hoursPerWeek: 30 }),
      at({ type: 'praktikum', employer: 'A', occupation: 'Gärtner', from: '2026-01-01', to: '2026-01-01' }),
    ]);
    expect(s.counselling).toEqual({ count: 2, topics: [{ topic: 'labour-market', count: 2 }, { topic: 'recognition', count: 1 }] });
    expect(s.internships.map((p) => [p.employer, p.days, p.hoursPerWeek])).toEqual([['A', 1, undefined], ['B', 12, 30]]);
    expect(s.highestLevel).toBeUndefined();
  });
});

describe('checkPayload', () => {
  async function setup() {
    const { world, ctx } = await fixture();
    const other: Holder = { publicKey: demoKeyPair('someone else').publicKey, givenName: 'Omid', familyName: 'Rahimi', birthDate: '1990' };
    const { sprachschule, beratung, berufsschule } = world.offices;
    const mine = (o: typeof sprachschule, issuedAt: number, entry: Stamp['claims']['entry'], holder = world.holder) => issueStamp({ holder, issuedAt, entry }, o.keys, o.certificate);
    const good = [
      mine(sprachschule, NOW - 30 * DAY, { type: 'sprachkurs', course: 'integrationskurs', level: 'A2', status: 'completed', units: 300 }),
      mine(beratung, NOW - 20 * DAY, { type: 'beratung', topics: ['school'], date: '2026-08-26' }),
      mine(berufsschule, NOW - 15 * DAY, { type: 'praktikum', employer: 'X', occupation: 'Y', from: '2026-08-01', to: '2026-08-14' }),
    ];
    const foreign = mine(beratung, NOW - DAY, { type: 'beratung', topics: ['other'], date: '2026-09-14' }, other);
    const late = mine(berufsschule, NOW - DAY, { type: 'praktikum', employer: 'Z', occupation: 'Y', from: '2026-09-01', to: '2026-09-10' });
    const notAllowed = mine(beratung, NOW - DAY, { type: 'sprachkurs', course: 'other', level: 'C2', status: 'exam-passed' });
    // Version 2 of the list revokes the Berufsschule ten days ago.
    const trust = new TrustStore([world.anchor]);
    const v2 = issueTrustList({ district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version: 2, issuedAt: NOW - DAY, certificates: [], revocations: [{ officeKey: berufsschule.keys.publicKey, since: NOW - 10 * DAY }] }, world.root);
    await trust.offer(v2, naclVerify);
    const present = (stamps: Stamp[], createdAt = NOW) => encodeCbor(presentationToCbor(createPresentation(world.holder, world.holderKeys, stamps, createdAt)));
    return { world, ctx, revokedCtx: { ...ctx, trust }, good, foreign, late, notAllowed, present };
  }

  it('verifies every stamp on its own: one invalid entry neither hides nor validates the others', async () => {
    const { revokedCtx, good, foreign, late, notAllowed, present } = await setup();
    const r = await checkPayload('presentation', present([...good, foreign, late, notAllowed]), revokedCtx, opts);
    if (r.kind !== 'presentation') throw new Error(r.kind);
    expect(r.envelope).toBeNull();
    expect(r.holder).toEqual({ givenName: 'Amina', familyName: 'Beispiel', birthDate: '1998-04-12' });
    const bad = r.items.filter((i) => !i.valid);
    expect(bad.map((i) => i.reason).sort()).toEqual(['issuer-revoked', 'type-not-allowed', 'wrong-holder']);
    expect(bad.find((i) => i.reason === 'issuer-revoked')!.revokedSince).toBe(NOW - 10 * DAY);
    expect(bad.find((i) => i.reason === 'wrong-holder')!.namedPerson).toEqual({ givenName: 'Omid', familyName: 'Rahimi', birthDate: '1990' });
    expect(r.items.filter((i) => i.valid)).toHaveLength(3); // the internship before the revocation stays valid
    // Only valid entries are summed: the C2 of an office not allowed to give it proves nothing.
    expect(r.summary.highestLevel?.level).toBe('A2');
    expect(r.summary.internships.map((p) => p.employer)).toEqual(['X']);
    // Timeline: newest entry first.
    expect(r.items.map((i) => i.day)).toEqual([...r.items.map((i) => i.day)].sort().reverse());
  });

  it('marks a live presentation past the allowed age as stale, and judges a file by its content only', async () => {
    const { ctx, good, present } = await setup();
    const old = present(good, NOW - 600);
    const live = await checkPayload('presentation', old, ctx, opts);
    expect(live).toMatchObject({ kind: 'presentation', mode: 'live', envelope: 'stale', createdAt: NOW - 600 });
    if (live.kind !== 'presentation') return;
    expect(live.items.every((i) => i.valid)).toBe(true);
    // A bigger allowed age is clamped to MAX_HOLDER_AGE (300 s): a setting cannot widen the replay window.
    expect(await checkPayload('presentation', old, ctx, { mode: 'live', maxAge: 900 })).toMatchObject({ envelope: 'stale' });
    expect(await checkPayload('presentation', present(good, NOW - 299), ctx, { mode: 'live', maxAge: 900 })).toMatchObject({ envelope: null });
    expect(await checkPayload('presentation', old, ctx, { mode: 'file', maxAge: 300 })).toMatchObject({ mode: 'file', envelope: null });
    // A file is still not allowed to come from the future.
    expect(await checkPayload('presentation', present(good, NOW + 3600), ctx, { mode: 'file', maxAge: 300 })).toMatchObject({ envelope: 'future-dated' });
  });

  it('shows the person the offices signed, never the presenter\'s own name, and each entry\'s certifying district', async () => {
    const { world, ctx, good } = await setup();
    const renamed = { ...world.holder, givenName: 'Omid', familyName: 'Rahimi' };
    const bytes = encodeCbor(presentationToCbor(createPresentation(renamed, world.holderKeys, good, NOW)));
    const r = await checkPayload('presentation', bytes, ctx, opts);
    if (r.kind !== 'presentation') throw new Error(r.kind);
    expect(r.envelope).toBe('person-mismatch');
    expect(r.items.map((i) => i.reason)).toEqual(['person-mismatch', 'person-mismatch', 'person-mismatch']);
    // What staff compare with the ID: the offices' signed person, with the entries that name them.
    expect(r.persons).toEqual([{ person: { givenName: 'Amina', familyName: 'Beispiel', birthDate: '1998-04-12' }, entries: 3, confirmed: false }]);
    expect(r.items[0]!.district).toEqual({ id: DEMO_DISTRICT, name: DEMO_DISTRICT_NAME, demo: true });
  });

  it('lists every distinct signed person when the stamps disagree, and none when no stamp verified', async () => {
    const { world, ctx, good, present } = await setup();
    const o = world.offices.beratung;
    const typo = issueStamp({ holder: { ...world.holder, familyName: 'Beispil' }, issuedAt: NOW - DAY, entry: { type: 'beratung', topics: ['other'], date: '2026-09-14' } }, o.keys, o.certificate);
    const r = await checkPayload('presentation', present([...good, typo]), ctx, opts);
    if (r.kind !== 'presentation') throw new Error(r.kind);
    expect(r.persons.map((p) => [p.person.familyName, p.entries, p.confirmed])).toEqual([['Beispiel', 3, true], ['Beispil', 1, false]]);
    const none = await checkPayload('presentation', present(good), { ...ctx, trust: new TrustStore([]) }, opts);
    expect(none).toMatchObject({ kind: 'presentation', persons: [] });
  });

  it('marks an entry vouched for by a DEMO anchor as DEMO, and only such an entry', async () => {
    const { world, ctx, good } = await setup();
    const r = await checkPayload('stamp', encodeCbor(stampToCbor(good[0]!)), ctx, opts);
    expect(r).toMatchObject({ kind: 'stamp', items: [{ valid: true, district: { id: DEMO_DISTRICT, demo: true } }] });
    // The same root pinned as a production district: its entries carry no DEMO flag.
    const pinned = new TrustStore([{ district: DEMO_DISTRICT, name: 'Landkreis Beispiel', publicKey: world.anchor.publicKey }]);
    const plain = await checkPayload('stamp', encodeCbor(stampToCbor(good[0]!)), { ...ctx, trust: pinned }, opts);
    expect(plain.kind === 'stamp' && plain.items[0]!.district).toEqual({ id: DEMO_DISTRICT, name: 'Landkreis Beispiel' });
  });

  it('checks a single stamp and names its person; refuses what is not for a verifier', async () => {
    const { ctx, good, world } = await setup();
    const r = await checkPayload('stamp', encodeCbor(stampToCbor(good[0]!)), ctx, opts);
    expect(r).toMatchObject({ kind: 'stamp', person: { givenName: 'Amina', familyName: 'Beispiel' }, items: [{ valid: true }] });
    expect(await checkPayload('trustList', encodeCbor(1), ctx, opts)).toEqual({ kind: 'refused', reason: 'not-for-verifier' });
    expect(await checkPayload('presentation', new Uint8Array([0xff, 0x00]), ctx, opts)).toEqual({ kind: 'refused', reason: 'malformed' });
    expect(await checkPayload('presentation', encodeCbor(stampToCbor(world.stamps[0]!)), ctx, opts)).toMatchObject({ kind: 'refused' });
  });
});

// The holder's app receives an office's withdrawal code or a corrected stamp: the entry stays
// stored, is shown as withdrawn (with reason and date) and is left out of presentations; a
// withdrawal signed by any other key, or for a stamp not in the pass, changes nothing. The
// holder can hide an entry and show it again.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  demoEntries, demoWorld, issueStamp, issueWithdrawal, naclVerify, stampId, stampRef, stampToCbor, valueToText, verifyTexts, withdrawalToCbor, TrustStore,
  type Stamp, type WithdrawalClaims,
} from '../../src/core';
import { DEMO_ANCHOR } from '../../src/config/districts';
import { NOW } from './support';
import { passWithStamps, shippedTrust } from './holder-fixture';
import { BbpassDb } from '../../src/storage/db';
import { createHolderApi } from '../../src/storage/holder/create-holder-api';

const world = demoWorld(NOW);
const school = world.offices.sprachschule;

const setup = passWithStamps;

const wText = (s: Stamp, claims: Partial<WithdrawalClaims> = {}, office = world.offices.sprachschule) =>
  valueToText('withdrawal', withdrawalToCbor(issueWithdrawal({ stamp: stampRef(s), reason: 'issued-in-error', withdrawnAt: NOW - 60, ...claims }, office.keys, office.certificate)));

const ownerOf = (s: Stamp) => Object.values(world.offices).find((o) => o.certificate.claims.officeName === s.certificate!.claims.officeName)!;

describe('holder: withdrawn and hidden entries', () => {
  it('marks an entry withdrawn by its office, shows it with reason and date, and leaves it out of presentations', async () => {
    const { db, api, pass, stamps } = await setup();
    const gone = stamps[0]!;
    const office = ownerOf(gone);
    const out = await api.receive(pass.id, wText(gone, {}, office), NOW);
    expect(out).toMatchObject({ status: 'withdrawn', entry: { id: stampId(gone), withdrawn: { at: NOW - 60, reason: 'issued-in-error' } } });
    expect(await db.entries.count()).toBe(stamps.length);
    const shown = await api.entries(pass.id, NOW);
    expect(shown.filter((e) => !e.valid).map((e) => [e.id, e.reason])).toEqual([[stampId(gone), 'withdrawn']]);
    const p = await api.present(pass.id, shown.map((e) => e.id), NOW);
    const report = await verifyTexts(p.fileText.split('\n'), { trust: new TrustStore([DEMO_ANCHOR]), now: NOW, verify: naclVerify });
    expect(report).toMatchObject({ valid: true });
    expect(report.entries).toHaveLength(stamps.length - 1);
    // Scanning it again changes nothing.
    expect(await api.receive(pass.id, wText(gone, {}, office), NOW)).toMatchObject({ status: 'withdrawn' });
  });

  it('refuses a withdrawal signed by another office, one for a stamp not in the pass, and garbage, changing nothing', async () => {
    const { db, api, pass, holder, stamps } = await setup();
    const before = await db.entries.toArray();
    const other = Object.values(world.offices).find((o) => o.certificate.claims.officeName !== stamps[0]!.certificate!.claims.officeName)!;
    expect(await api.receive(pass.id, wText(stamps[0]!, {}, other), NOW)).toEqual({ status: 'refused', reason: 'bad-signature' });
    const elsewhere = issueStamp({ holder, issuedAt: NOW - 10, entry: demoEntries(NOW)[0]![1] }, school.keys, school.certificate);
    expect(await api.receive(pass.id, wText(elsewhere, {}, school), NOW)).toEqual({ status: 'refused', reason: 'not-in-pass' });
    expect(await api.receive(pass.id, 'BBP1:W:%%%', NOW)).toEqual({ status: 'refused', reason: 'unreadable' });
    const owner = ownerOf(stamps[0]!);
    expect(await api.receive(pass.id, wText(stamps[0]!, { withdrawnAt: NOW + 86_400 }, owner), NOW)).toEqual({ status: 'refused', reason: 'future-dated' });
    expect(await db.entries.toArray()).toEqual(before);
  });

  it('a corrected stamp from the same office marks the one it replaces; from another office it marks nothing', async () => {
    const { api, pass, holder, stamps } = await setup();
    const owner = ownerOf(stamps[0]!);
    const [otherName, otherEntry] = demoEntries(NOW).find(([o]) => world.offices[o] !== ownerOf(stamps[1]!))!;
    const other = world.offices[otherName];
    expect(other).toBeDefined();
    const forged = issueStamp({ holder, issuedAt: NOW - 20, entry: otherEntry, replaces: stampRef(stamps[1]!) }, other.keys, other.certificate);
    expect((await api.receive(pass.id, valueToText('stamp', stampToCbor(forged)), NOW)).status).toBe('stored');
    const fixed = issueStamp({ holder, issuedAt: NOW - 10, entry: stamps[0]!.claims.entry, replaces: stampRef(stamps[0]!) }, owner.keys, owner.certificate);
    expect((await api.receive(pass.id, valueToText('stamp', stampToCbor(fixed)), NOW)).status).toBe('stored');
    const shown = await api.entries(pass.id, NOW);
    expect(shown.find((e) => e.id === stampId(stamps[0]!))).toMatchObject({ valid: false, reason: 'withdrawn', withdrawn: { reason: 'corrected', replacedBy: stampId(fixed) } });
    expect(shown.find((e) => e.id === stampId(stamps[1]!))).toMatchObject({ valid: true });
    expect(shown.find((e) => e.id === stampId(fixed))).toMatchObject({ valid: true });
  });

  it('hides an entry from presentations without losing it, and shows it again', async () => {
    const { api, pass, stamps } = await setup();
    const id = stampId(stamps[0]!);
    await api.setHidden(pass.id, id, true);
    const all = await api.entries(pass.id, NOW);
    expect(all.find((e) => e.id === id)).toMatchObject({ hidden: true, valid: true });
    const p = await api.present(pass.id, all.map((e) => e.id), NOW);
    expect((await verifyTexts(p.fileText.split('\n'), { trust: new TrustStore([DEMO_ANCHOR]), now: NOW, verify: naclVerify })).entries).toHaveLength(stamps.length - 1);
    await api.setHidden(pass.id, id, false);
    expect((await api.entries(pass.id, NOW)).find((e) => e.id === id)?.hidden).toBeUndefined();
    await expect(api.setHidden(pass.id, 'nope', true)).rejects.toThrow(RangeError);
  });

  it('a backup keeps the withdrawn and hidden marks: restored elsewhere, the entry is still withdrawn, the other still hidden', async () => {
    const { api, pass, stamps } = await setup();
    const gone = stampId(stamps[0]!);
    const quiet = stampId(stamps[1]!);
    expect((await api.receive(pass.id, wText(stamps[0]!, { reason: 'wrong-person' }, ownerOf(stamps[0]!)), NOW)).status).toBe('withdrawn');
    await api.setHidden(pass.id, quiet, true);
    const file = await api.backup(pass.id, 'Sonnenblume-im-Regen-42', NOW);
    const elsewhere = createHolderApi({ db: new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), fetchTrust: shippedTrust });
    await elsewhere.setDemoMode(true);
    expect(await elsewhere.restore(file, 'Sonnenblume-im-Regen-42', NOW + 60)).toMatchObject({ status: 'restored', restored: stamps.length });
    const shown = await elsewhere.entries(pass.id, NOW + 60);
    expect(shown.find((e) => e.id === gone)).toMatchObject({ valid: false, reason: 'withdrawn', withdrawn: { at: NOW - 60, reason: 'wrong-person' } });
    expect(shown.find((e) => e.id === quiet)).toMatchObject({ hidden: true, valid: true });
    expect(shown.filter((e) => e.hidden || e.withdrawn)).toHaveLength(2);
  });

  it('restoring over the pass adds a withdrawal the backup knows, and keeps what this device decided about hiding', async () => {
    const { api, pass, stamps } = await setup();
    const gone = stampId(stamps[0]!);
    const other = createHolderApi({ db: new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), fetchTrust: shippedTrust });
    await other.setDemoMode(true);
    expect((await other.restore(await api.backup(pass.id, 'Sonnenblume-im-Regen-42', NOW), 'Sonnenblume-im-Regen-42', NOW)).status).toBe('restored');
    await other.setHidden(pass.id, stampId(stamps[2]!), true);
    expect((await api.receive(pass.id, wText(stamps[0]!, {}, ownerOf(stamps[0]!)), NOW)).status).toBe('withdrawn');
    expect((await other.restore(await api.backup(pass.id, 'Sonnenblume-im-Regen-42', NOW + 1), 'Sonnenblume-im-Regen-42', NOW + 2)).status).toBe('restored');
    const shown = await other.entries(pass.id, NOW + 2);
    expect(shown.find((e) => e.id === gone)).toMatchObject({ reason: 'withdrawn', withdrawn: { reason: 'issued-in-error' } });
    expect(shown.find((e) => e.id === stampId(stamps[2]!))).toMatchObject({ hidden: true });
  });
});

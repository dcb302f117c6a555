// The holder's pass over Dexie (fake-indexeddb): verification before storage, idempotent
// receipt, re-verification on display, presentation, backup and restore. Time is pinned.
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cardToCbor, createCard, decodeCbor, demoEntries, encodeCbor, keyId, signSign1, type CborMap, demoWorld, issueStamp, issueTrustList, naclVerify, sign1ToCbor, stampToCbor,
  textToValue, trustListToCbor, valueToText, verifyCard, verifyTexts, TrustStore, DEMO_DISTRICT, DEMO_DISTRICT_NAME, type Holder,
} from '../../src/core';
import { DEMO_ANCHOR } from '../../src/config/districts';
import { BbpassDb } from '../../src/storage/db';
import { readBackup, writeBackup } from '../../src/storage/holder/backup-file';
import type { EntryRow } from '../../src/storage/rows';
import { createHolderApi } from '../../src/storage/holder/create-holder-api';
import type { PassProfile } from '../../src/storage/holder/holder-api';
import { keyIdOfPassCode, keyPairFromSeed, passCode } from '../../src/core';
import { NOW } from './support';

const world = demoWorld(NOW);
const profile: PassProfile = { givenName: ' Zahra ', familyName: 'Ahmadi', birthDate: '2001-03-09', languages: ['fa', 'de'], countryOfOrigin: 'AF' };
const shippedTrust = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8').catch(() => undefined);

async function setup(demoMode = true) {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const api = createHolderApi({ db, fetchTrust: shippedTrust });
  await api.setDemoMode(demoMode);
  const pass = await api.createPass(profile, NOW - 86_400);
  const card = await verifyCard(textToValue(await api.cardText(pass.id, NOW)).value, { now: NOW, verify: naclVerify });
  if (!card.valid) throw new Error('card does not verify');
  const holder: Holder = card.card.claims.holder;
  // The office's side: stamps for this holder, as read from the card.
  const stamps = demoEntries(NOW).map(([o, entry], i) =>
    issueStamp({ holder, issuedAt: NOW - (5 - i) * 3600, entry }, world.offices[o].keys, world.offices[o].certificate),
  );
  const texts = stamps.map((s) => valueToText('stamp', stampToCbor(s)));
  return { db, api, pass, holder, stamps, texts };
}

const dump = async (db: BbpassDb) => ({ passes: await db.passes.toArray(), entries: await db.entries.toArray() });
const trustCtx = () => ({ trust: new TrustStore([DEMO_ANCHOR]), now: NOW, verify: naclVerify });

describe('holder api: pass', () => {
  it('creates a pass whose card verifies and whose code names its key', async () => {
    const { api, pass, holder } = await setup();
    expect(pass.profile).toEqual({ ...profile, givenName: 'Zahra' });
    expect(pass.entryCount).toBe(0);
    expect(pass.passCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
    expect(keyIdOfPassCode(pass.passCode.toLowerCase())).toBe(pass.id);
    expect(holder).toMatchObject({ givenName: 'Zahra', familyName: 'Ahmadi', birthDate: '2001-03-09' });
    expect(await api.listPasses()).toEqual([pass]);
    expect(await api.demoMode()).toBe(true);
  });

  it('spells pass codes in Crockford Base32 and reads them back forgivingly', () => {
    expect(passCode('0000000000000000')).toBe('0000-0000-0000-0');
    expect(passCode('ffffffffffffffff')).toBe('ZZZZ-ZZZZ-ZZZZ-Y');
    expect(passCode('0123456789abcdef')).toBe('04HM-ASW9-NF6Y-Y'); // = RFC 4648 Base32 in Crockford's alphabet
    expect(keyIdOfPassCode('o4hm asw9 nf6y y')).toBe('0123456789abcdef');
    expect(keyIdOfPassCode('ZZZZ-ZZZZ-ZZZZ-Z')).toBeUndefined(); // the padding bit is set
    expect(keyIdOfPassCode('0000-0000-0000')).toBeUndefined();
    expect(keyIdOfPassCode('0000-0000-0000-U')).toBeUndefined();
  });

  it('refuses a profile without a name and stores nothing', async () => {
    const { api, db } = await setup();
    await expect(api.createPass({ ...profile, givenName: '  ' }, NOW)).rejects.toThrow(RangeError);
    expect(await db.passes.count()).toBe(1);
  });

  it('keeps the native-script name beside the Latin one and signs both into the card', async () => {
    const { api } = await setup();
    const pass = await api.createPass({ ...profile, givenNameNative: ' زهرا ', familyNameNative: 'احمدی' }, NOW);
    expect((await api.getPass(pass.id))!.profile).toMatchObject({ givenName: 'Zahra', givenNameNative: 'زهرا', familyNameNative: 'احمدی' });
    const card = await verifyCard(textToValue(await api.cardText(pass.id, NOW)).value, { now: NOW, verify: naclVerify });
    expect(card.valid && card.card.claims.holder).toMatchObject({ givenName: 'Zahra', givenNameNative: 'زهرا', familyNameNative: 'احمدی' });
  });

  it('has demo mode off by default and no persistence API in Node', async () => {
    const api = createHolderApi({ db: new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), fetchTrust: shippedTrust });
    expect(await api.demoMode()).toBe(false);
    expect(await api.requestPersistence()).toBe('unsupported');
  });

  it('deletes a pass with all its entries', async () => {
    const { api, db, pass, texts } = await setup();
    for (const t of texts) await api.receive(pass.id, t, NOW);
    await api.deletePass(pass.id);
    expect(await dump(db)).toEqual({ passes: [], entries: [] });
    expect(await api.getPass(pass.id)).toBeUndefined();
  });
});

describe('holder api: receive', () => {
  it('stores a valid stamp once', async () => {
    const { api, db, pass, texts } = await setup();
    const first = await api.receive(pass.id, `${texts[1]}\n`, NOW);
    expect(first).toMatchObject({ status: 'stored', entry: { type: 'sprachkurs', officeName: 'DEMO-Sprachschule', receivedAt: NOW } });
    const again = await api.receive(pass.id, texts[1]!, NOW + 60);
    expect(again).toEqual({ status: 'already-stored', entry: first.status === 'stored' ? first.entry : undefined });
    expect(await db.entries.count()).toBe(1);
    expect(await api.getPass(pass.id)).toMatchObject({ entryCount: 1, entriesSinceBackup: 1 });
  });

  it('keeps the verdict of receiving: it is what showing the entry would verify, so that verifies nothing again', async () => {
    const { api, db, pass, texts } = await setup();
    const first = await api.receive(pass.id, texts[1]!, NOW);
    if (first.status !== 'stored') throw new Error('not stored');
    const kept = (await db.entries.get(first.entry.id))?.checked;
    expect(kept).toMatchObject({ valid: true, reason: null, district: { id: DEMO_DISTRICT } });
    expect(first.entry).not.toHaveProperty('checked');
    // Without the kept verdict, the first look verifies and keeps exactly the same one.
    await db.entries.update(first.entry.id, { checked: undefined });
    await api.entries(pass.id, NOW);
    expect((await db.entries.get(first.entry.id))?.checked).toEqual(kept);
  });

  it('refuses another holder’s stamp, a forged one and unreadable text, changing nothing', async () => {
    const { api, db, pass, stamps } = await setup();
    const before = await dump(db);
    const other = valueToText('stamp', stampToCbor(world.stamps[0]!));
    expect(await api.receive(pass.id, other, NOW)).toEqual({ status: 'refused', reason: 'wrong-holder' });
    const s = stamps[0]!;
    const signature = s.sign1.signature.slice();
    signature[0]! ^= 1;
    const forged = valueToText('stamp', sign1ToCbor({ ...s.sign1, signature }));
    expect(await api.receive(pass.id, forged, NOW)).toEqual({ status: 'refused', reason: 'bad-signature' });
    // One changed character anywhere in the text: never stored, whatever it breaks.
    const text = valueToText('stamp', stampToCbor(s));
    for (const at of [12, Math.floor(text.length / 2), text.length - 5]) {
      const changed = `${text.slice(0, at)}${text[at] === '1' ? '2' : '1'}${text.slice(at + 1)}`;
      expect(await api.receive(pass.id, changed, NOW)).toMatchObject({ status: 'refused' });
    }
    const card = valueToText('card', cardToCbor(createCard(world.holder, world.holderKeys, NOW)));
    expect(await api.receive(pass.id, card, NOW)).toEqual({ status: 'refused', reason: 'not-a-stamp' });
    expect(await api.receive(pass.id, 'https://example.org/', NOW)).toEqual({ status: 'refused', reason: 'not-a-stamp' });
    expect(await api.receive(pass.id, 'BBP1:S:%%%', NOW)).toEqual({ status: 'refused', reason: 'unreadable' });
    expect(await api.receive(pass.id, 'BBP1:S:', NOW)).toEqual({ status: 'refused', reason: 'unreadable' });
    expect(await api.receive(pass.id, 'BBP2:S:ABC', NOW)).toEqual({ status: 'refused', reason: 'unsupported-version' });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses an office of an untrusted district (demo mode off) with unknown-issuer', async () => {
    const { api, db, pass, texts } = await setup(false);
    expect(await api.receive(pass.id, texts[0]!, NOW)).toEqual({ status: 'refused', reason: 'unknown-issuer' });
    expect(await db.entries.count()).toBe(0);
  });

  it('verifies stamps that carry their certificate even without the shipped trust list', async () => {
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const api = createHolderApi({ db, fetchTrust: async () => undefined });
    await api.setDemoMode(true);
    const pass = await api.createPass(profile, NOW);
    const card = await verifyCard(textToValue(await api.cardText(pass.id, NOW)).value, { now: NOW, verify: naclVerify });
    const o = world.offices.beratung;
    const s = issueStamp({ holder: card.card!.claims.holder, issuedAt: NOW - 60, entry: demoEntries(NOW)[2]![1] }, o.keys, o.certificate);
    expect(await api.receive(pass.id, valueToText('stamp', stampToCbor(s)), NOW)).toMatchObject({ status: 'stored' });
  });
});

describe('holder api: entries and presentation', () => {
  it('lists entries newest first, filtered by type, re-verified at now', async () => {
    const { api, pass, texts } = await setup();
    for (const t of texts) await api.receive(pass.id, t, NOW);
    const all = await api.entries(pass.id, NOW);
    expect(all.map((e) => e.issuedAt)).toEqual([...all.map((e) => e.issuedAt)].sort((a, b) => b - a));
    expect(all.every((e) => e.valid && e.reason === null)).toBe(true);
    expect((await api.entries(pass.id, NOW, 'sprachkurs')).map((e) => e.entry.type)).toEqual(['sprachkurs', 'sprachkurs']);
    expect(await api.entries(pass.id, NOW, 'praktikum')).toHaveLength(1);
    // Demo mode off: the same entries stay stored but no longer verify.
    await api.setDemoMode(false);
    expect((await api.entries(pass.id, NOW)).map((e) => e.reason)).toEqual(all.map(() => 'unknown-issuer'));
  });

  it('keeps a stored stamp whose signed text breaks the text policy, judged malformed', async () => {
    const { db, api, pass, stamps, texts } = await setup();
    await api.receive(pass.id, texts[0]!, NOW);
    // As if received before the policy: a genuine office signature over a module with U+200B.
    const o = world.offices.sprachschule;
    const m = decodeCbor(stamps[0]!.sign1.payload) as CborMap;
    (m.get(7) as CborMap).set(3, 'Modul\u200B6');
    const sign1 = signSign1(encodeCbor(m), keyId(o.keys.publicKey), o.keys.secretKey, stamps[0]!.sign1.unprotected);
    const row = (await db.entries.toArray())[0]!;
    await db.entries.update(row.id, { stampText: valueToText('stamp', sign1ToCbor(sign1)), checked: undefined });
    expect((await api.entries(pass.id, NOW)).map((e) => [e.id, e.valid, e.reason])).toEqual([[row.id, false, 'malformed']]);
    expect(await db.entries.count()).toBe(1);
  });

  it('names each entry’s certifying district with its DEMO flag, also from kept verdicts', async () => {
    const { api, pass, texts } = await setup();
    for (const t of texts) await api.receive(pass.id, t, NOW);
    const all = await api.entries(pass.id, NOW);
    expect(all.map((e) => e.district)).toEqual(all.map(() => ({ id: DEMO_DISTRICT, name: DEMO_DISTRICT_NAME, demo: true })));
    expect(await api.entries(pass.id, NOW)).toEqual(all);
  });

  it('refuses to store a stamp naming another person than the pass, and flags such a stamp already stored', async () => {
    const { db, api, pass, holder, texts } = await setup();
    const o = world.offices.beratung;
    const typo = issueStamp({ holder: { ...holder, familyName: 'Ahmady' }, issuedAt: NOW - 60, entry: { type: 'beratung', topics: ['school'], date: '2026-09-14' } }, o.keys, o.certificate);
    const typoText = valueToText('stamp', stampToCbor(typo));
    expect(await api.receive(pass.id, typoText, NOW)).toEqual({ status: 'refused', reason: 'person-mismatch' });
    expect(await db.entries.count()).toBe(0);
    // One that arrived another way (an older app, a restored backup) is kept but flagged with the person it names.
    const mine = await api.receive(pass.id, texts[0]!, NOW);
    if (mine.status !== 'stored') throw new Error(mine.status);
    await db.entries.put({ ...mine.entry, id: 'typo', stampText: typoText });
    const all = await api.entries(pass.id, NOW);
    expect(all.map((e) => [e.id === 'typo', e.otherPerson])).toEqual(
      expect.arrayContaining([[true, { givenName: 'Zahra', familyName: 'Ahmady', birthDate: '2001-03-09' }], [false, undefined]]),
    );
    expect(await api.entries(pass.id, NOW)).toEqual(all);
  });

  it('keeps verdicts with the trust state, and re-verifies when it changes', async () => {
    const { db, api, pass, texts } = await setup();
    for (const t of texts) await api.receive(pass.id, t, NOW);
    await api.entries(pass.id, NOW);
    const kept = (await db.entries.toArray()).map((r) => r.checked);
    expect(kept.every((c) => c?.valid === true && /^[0-9a-f]{32}$/.test(c.trust))).toBe(true);
    expect(new Set(kept.map((c) => c?.trust)).size).toBe(1);
    // Another trust state (demo mode off: other anchors) gets its own verdicts, and they are kept too.
    await api.setDemoMode(false);
    await api.entries(pass.id, NOW);
    const other = (await db.entries.toArray()).map((r) => r.checked);
    expect(other.every((c) => c?.valid === false && c.reason === 'unknown-issuer' && c.trust !== kept[0]?.trust)).toBe(true);
    // A stamp from the future is judged at each opening, never kept.
    await api.setDemoMode(true);
    const row = (await db.entries.toArray())[0]!;
    await db.entries.update(row.id, { checked: undefined });
    const early = await api.entries(pass.id, row.issuedAt - 3600);
    expect(early.find((e) => e.id === row.id)?.reason).toBe('future-dated');
    expect((await db.entries.get(row.id))?.checked).toBeUndefined();
  });

  it('shows a revocation imported after receipt, and refuses an older list', async () => {
    const { api, pass, texts } = await setup();
    for (const t of texts) await api.receive(pass.id, t, NOW);
    // Opened once before the import: the kept verdicts must not hide the revocation.
    expect((await api.entries(pass.id, NOW)).every((e) => e.valid)).toBe(true);
    const since = NOW - 2.5 * 3600; // after the Beratung (NOW-3h), before the later stamps
    const v2 = issueTrustList(
      { district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version: 2, issuedAt: NOW - 600, certificates: Object.values(world.offices).map((o) => o.certificate), revocations: [{ officeKey: world.offices.sprachschule.keys.publicKey, since }] },
      world.root,
    );
    expect(await api.importTrustList(valueToText('trustList', trustListToCbor(v2)), NOW)).toEqual({ status: 'imported', district: 'demo', version: 2, replacedVersion: 1 });
    const checked = await api.entries(pass.id, NOW);
    const revoked = checked.filter((e) => !e.valid);
    expect(revoked.map((e) => [e.entry.type, e.reason])).toEqual([['weiterbildung', 'issuer-revoked']]);
    expect(await api.importTrustList((await shippedTrust('trust/demo.json'))!, NOW)).toEqual({ status: 'refused', reason: 'not-newer' });
    expect(await api.importTrustList('nonsense', NOW)).toEqual({ status: 'refused', reason: 'not-a-trust-list' });
  });

  it('presents chosen entries as frames that verify', async () => {
    const { api, pass, texts } = await setup();
    const ids: string[] = [];
    for (const t of texts) {
      const r = await api.receive(pass.id, t, NOW);
      if (r.status === 'stored') ids.push(r.entry.id);
    }
    const p = await api.present(pass.id, ids.slice(0, 4), NOW);
    const frames = p.fileText.split('\n');
    expect(frames).toHaveLength(p.seqLen);
    expect(frames[0]).toBe(p.frame(1));
    const report = await verifyTexts(frames, trustCtx());
    expect(report).toMatchObject({ kind: 'presentation', valid: true, reason: null });
    expect(report.entries).toHaveLength(4);
    // A scanner that missed the first frame completes from the mixed frames that follow.
    const more = Array.from({ length: 20 }, (_, i) => p.frame(p.seqLen + 1 + i));
    expect((await verifyTexts([...frames.slice(1), ...more], trustCtx())).valid).toBe(true);
    await expect(api.present(pass.id, ['nope'], NOW)).rejects.toThrow(RangeError);
  });
});

describe('holder api: backup and restore', () => {
  const passphrase = 'Sonnenblume-im-Regen-42';
  let ctx: Awaited<ReturnType<typeof setup>>;
  let file: string;
  beforeAll(async () => {
    ctx = await setup();
    for (const t of ctx.texts.slice(0, 4)) await ctx.api.receive(ctx.pass.id, t, NOW - 60);
    file = await ctx.api.backup(ctx.pass.id, passphrase, NOW);
  });

  it('writes a sealed file, and resets the reminder only once the file was saved', async () => {
    const f = JSON.parse(file);
    expect(f).toMatchObject({ format: 'bbpass-backup', version: 1, createdAt: NOW, pass: { id: ctx.pass.id, passCode: ctx.pass.passCode } });
    expect(f.sealed).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: 600_000, cipher: 'AES-256-GCM' });
    expect(file).not.toContain('Zahra');
    // Made but not yet saved (the download or share may still fail or be cancelled): the reminder stays.
    const unsaved = await ctx.api.getPass(ctx.pass.id);
    expect(unsaved).toMatchObject({ entriesSinceBackup: 4, entryCount: 4 });
    expect(unsaved).not.toHaveProperty('lastBackupAt');
    await ctx.api.backupSaved(ctx.pass.id, NOW);
    expect(await ctx.api.getPass(ctx.pass.id)).toMatchObject({ lastBackupAt: NOW, entriesSinceBackup: 0, entryCount: 4 });
    // A file made earlier and saved later never moves the reminder back.
    await ctx.api.backupSaved(ctx.pass.id, NOW - 3600);
    expect(await ctx.api.getPass(ctx.pass.id)).toMatchObject({ lastBackupAt: NOW });
    await ctx.api.receive(ctx.pass.id, ctx.texts[4]!, NOW + 60);
    expect(await ctx.api.getPass(ctx.pass.id)).toMatchObject({ entriesSinceBackup: 1, entryCount: 5 });
  });

  it('refuses a wrong passphrase, a damaged file and other files, changing nothing', async () => {
    const before = await dump(ctx.db);
    expect(await ctx.api.restore(file, 'wrong', NOW)).toEqual({ status: 'refused', reason: 'wrong-passphrase-or-damaged' });
    const f = JSON.parse(file);
    const damaged = JSON.stringify({ ...f, sealed: { ...f.sealed, data: `${f.sealed.data.slice(0, 40)}${f.sealed.data[40] === 'A' ? 'B' : 'A'}${f.sealed.data.slice(41)}` } });
    expect(await ctx.api.restore(damaged, passphrase, NOW)).toEqual({ status: 'refused', reason: 'wrong-passphrase-or-damaged' });
    expect(await ctx.api.restore(JSON.stringify({ ...f, sealed: { ...f.sealed, iv: '!' } }), passphrase, NOW)).toEqual({ status: 'refused', reason: 'wrong-passphrase-or-damaged' });
    expect(await ctx.api.restore('{"format":"bbpass-trust"}', passphrase, NOW)).toEqual({ status: 'refused', reason: 'not-a-backup' });
    expect(await ctx.api.restore(file.slice(0, 100), passphrase, NOW)).toEqual({ status: 'refused', reason: 'not-a-backup' });
    expect(await ctx.api.restore(JSON.stringify({ ...f, version: 2 }), passphrase, NOW)).toEqual({ status: 'refused', reason: 'unsupported-version' });
    expect(await dump(ctx.db)).toEqual(before);
  });

  it('restores the same key and entries after deletion, and merges without duplicates', async () => {
    const before = await ctx.api.entries(ctx.pass.id, NOW);
    await ctx.api.deletePass(ctx.pass.id);
    const r = await ctx.api.restore(file, passphrase, NOW + 120);
    expect(r).toMatchObject({ status: 'restored', restored: 4, valid: 4, notValid: [], unreadable: 0, pass: { id: ctx.pass.id, passCode: ctx.pass.passCode, lastBackupAt: NOW, entriesSinceBackup: 0 } });
    const after = await ctx.api.entries(ctx.pass.id, NOW);
    expect(after).toEqual(before.filter((e) => e.receivedAt < NOW));
    const card = await verifyCard(textToValue(await ctx.api.cardText(ctx.pass.id, NOW)).value, { now: NOW, verify: naclVerify });
    expect(card.valid && card.card.claims.holder.publicKey).toEqual(ctx.holder.publicKey);
    // The fifth stamp again, then the same backup over the pass: nothing doubles.
    await ctx.api.receive(ctx.pass.id, ctx.texts[4]!, NOW + 180);
    const merged = await ctx.api.restore(file, passphrase, NOW + 240);
    expect(merged).toMatchObject({ status: 'restored', restored: 4, valid: 4, notValid: [], unreadable: 0, pass: { entryCount: 5, entriesSinceBackup: 1 } });
    expect(await ctx.db.entries.count()).toBe(5);
  });

  // A restore loses nothing: on another device, stamps it cannot verify now are kept too.
  const newDevice = async (demoMode: boolean) => {
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const api = createHolderApi({ db, fetchTrust: shippedTrust });
    await api.setDemoMode(demoMode);
    return { db, api };
  };

  it('keeps every stamp of a district this device does not trust, as not checkable, and checks it again when trust changes', async () => {
    const { db, api } = await newDevice(false);
    const r = await api.restore(file, passphrase, NOW + 60);
    expect(r).toMatchObject({ status: 'restored', restored: 4, valid: 0, notValid: [{ reason: 'unknown-issuer', count: 4 }], unreadable: 0, pass: { entryCount: 4 } });
    expect(await db.entries.count()).toBe(4);
    const before = await api.entries(ctx.pass.id, NOW + 60);
    expect(before.map((e) => [e.valid, e.reason])).toEqual(Array(4).fill([false, 'unknown-issuer']));
    expect(before.map((e) => e.officeName)).toContain('DEMO-Sprachschule');
    // The DEMO anchors and their trust lists arrive with demo mode: every entry is checked again
    // (the app never advises that switch: DEMO keys are public).
    await api.setDemoMode(true);
    const after = await api.entries(ctx.pass.id, NOW + 60);
    expect(after.map((e) => [e.valid, e.reason, e.district?.id])).toEqual(Array(4).fill([true, null, DEMO_DISTRICT]));
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
  });

  const revokingSprachschule = valueToText(
    'trustList',
    trustListToCbor(
      issueTrustList(
        { district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version: 2, issuedAt: NOW - 600, certificates: Object.values(world.offices).map((o) => o.certificate), revocations: [{ officeKey: world.offices.sprachschule.keys.publicKey, since: NOW - 86_400 }] },
        world.root,
      ),
    ),
  );

  it('checks restored entries again when a trust list arrives after the restore', async () => {
    const { db, api } = await newDevice(true);
    expect(await api.restore(file, passphrase, NOW + 60)).toMatchObject({ status: 'restored', restored: 4, valid: 4 });
    // Restored rows keep their stamps' facts, so the trust change below is judged without decoding them.
    expect((await db.entries.toArray()).every((r) => typeof r.checked?.facts?.seal === 'string')).toBe(true);
    expect((await api.entries(ctx.pass.id, NOW + 60)).every((e) => e.valid)).toBe(true);
    expect(await api.importTrustList(revokingSprachschule, NOW + 60)).toMatchObject({ status: 'imported' });
    const after = await api.entries(ctx.pass.id, NOW + 60);
    expect(after.filter((e) => !e.valid).map((e) => e.reason)).toEqual(['issuer-revoked', 'issuer-revoked']);
  });

  it('keeps a revoked office’s stamps and says why, and names what it could not read', async () => {
    const { api } = await newDevice(true);
    // This device already has a newer list revoking the Sprachschule from before its stamps.
    expect(await api.importTrustList(revokingSprachschule, NOW)).toMatchObject({ status: 'imported' });
    // A backup holding, besides the four stamps, one text that is no stamp at all (damage).
    const opened = await readBackup(file, passphrase);
    if (!opened.ok) throw new Error('backup does not open');
    const c = opened.content;
    const keys = keyPairFromSeed(c.seed);
    const row = { id: ctx.pass.id, profile: c.profile, ...keys, createdAt: c.createdAt };
    const entries = [...c.stamps, 'BBP1:S:%%%'].map((stampText) => ({ stampText, receivedAt: NOW - 60 }) as EntryRow);
    const damaged = await writeBackup(row, entries, passphrase, NOW);
    const r = await api.restore(damaged, passphrase, NOW + 60);
    expect(r).toMatchObject({ status: 'restored', restored: 4, valid: 2, notValid: [{ reason: 'issuer-revoked', count: 2 }], unreadable: 1, pass: { entryCount: 4 } });
    const listed = await api.entries(ctx.pass.id, NOW + 60);
    expect(listed.filter((e) => !e.valid).map((e) => e.reason)).toEqual(['issuer-revoked', 'issuer-revoked']);
  });

  it('restores a pass with no entries as such, not as a success with nothing in it', async () => {
    const { api } = await setup(false);
    const empty = await api.createPass({ givenName: 'Leer', familyName: 'Pass', birthDate: '2000' }, NOW);
    const text = await api.backup(empty.id, passphrase, NOW);
    const { api: other } = await newDevice(false);
    expect(await other.restore(text, passphrase, NOW)).toMatchObject({ status: 'restored', restored: 0, valid: 0, notValid: [], unreadable: 0 });
  });
});

// The office on its device (fake-indexeddb, pinned time): setup and unlock, certificate import,
// signing and its refusals, re-issue to a new holder key, the log's filters, the anonymous
// counts export, key rotation and the key backup.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  cardToCbor, certificateToCbor, createCard, demoKeyPair, encodePayload, generateKeyPair, issueCertificate, keyId, naclVerify, sign1ToCbor, signSign1, textToValue, TrustStore, valueToText, verifyStamp,
  type Entry, type EntryType, type Holder, type KeyPair,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { backupText, restoreBackup } from '../../src/storage/office/office-backup';
import { checkCard, reissue, signStamp } from '../../src/storage/office/office-issue';
import { importCertificate, rotateKey, setupOffice, unlockOffice, type UnlockedKeys } from '../../src/storage/office/office-keys';
import { exportCounts, listIssued, monthlyStats } from '../../src/storage/office/office-log';
import type { OfficeRow } from '../../src/storage/rows';
import { officeStatus } from '../../src/storage/office/office-status';
import { NOW } from './support';

const IT = 100_000; // the lowest iteration count unseal accepts, to keep tests fast
const DAY = 86_400;
const PASS = 'Kursraum 12 Süd';
const root = demoKeyPair('office test root');
const newDb = () => new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
const profile = { name: 'VHS Fürstenfeldbruck', kind: 'volkshochschule', district: 'test-kreis', address: 'Hauptstraße 1' } as const;
const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', module: 'Modul 4', status: 'completed', units: 100 } as const;

function certText(officeKey: Uint8Array, types: EntryType[] = ['sprachkurs'], from = NOW - 90 * DAY, until = NOW + 365 * DAY): string {
  const c = issueCertificate({ district: 'test-kreis', officeKey, officeName: profile.name, officeKind: 'volkshochschule', allowedTypes: types, validFrom: from, validUntil: until }, root);
  return valueToText('certificate', certificateToCbor(c));
}
function person(givenName = 'Jürgen', keys: KeyPair = generateKeyPair()): Holder {
  return { publicKey: keys.publicKey, givenName, familyName: 'Größer', birthDate: '1990-02' };
}
async function certifiedOffice(types?: EntryType[]): Promise<{ db: BbpassDb; office: OfficeRow; keys: UnlockedKeys }> {
  const db = newDb();
  const { office, keys } = await setupOffice(db, profile, PASS, NOW - 2 * DAY, IT);
  const imported = await importCertificate(db, office, certText(office.keys[0]!.publicKey, types));
  if (imported.status !== 'imported') throw new Error('import refused');
  return { db, office: imported.office, keys };
}

describe('office keys and certificate', () => {
  it('seals the new key; the passphrase unlocks it, a wrong one does not', async () => {
    const db = newDb();
    const { office, keys } = await setupOffice(db, profile, PASS, NOW, IT);
    expect(office.id).toBe(office.keys[0]!.keyId);
    const stored = (await db.offices.get(office.id))!;
    expect(JSON.stringify(stored)).not.toContain('secretKey');
    const opened = await unlockOffice(stored, PASS);
    expect(opened.ok && opened.keys.get(office.id)!.secretKey).toEqual(keys.get(office.id)!.secretKey);
    expect(await unlockOffice(stored, 'falsch')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('needs a certificate for its own key, valid now', async () => {
    const db = newDb();
    const { office } = await setupOffice(db, profile, PASS, NOW, IT);
    expect(officeStatus(office, NOW).state).toBe('no-certificate');
    expect(await importCertificate(db, office, certText(generateKeyPair().publicKey))).toEqual({ status: 'refused', reason: 'other-key' });
    expect(await importCertificate(db, office, 'BBP1:C:nonsense')).toEqual({ status: 'refused', reason: 'not-a-certificate' });
    const expired = await importCertificate(db, office, certText(office.keys[0]!.publicKey, ['sprachkurs'], NOW - 30 * DAY, NOW - DAY));
    expect(expired.status === 'imported' && officeStatus(expired.office, NOW).state).toBe('certificate-expired');
    const early = await importCertificate(db, office, certText(office.keys[0]!.publicKey, ['sprachkurs'], NOW + DAY, NOW + 9 * DAY));
    expect(early.status === 'imported' && officeStatus(early.office, NOW).state).toBe('certificate-not-yet-valid');
  });
});

describe('signing', () => {
  const trust = new TrustStore([{ district: 'test-kreis', name: 'Test', publicKey: root.publicKey }]);

  it('signs a stamp that verifies, and logs it under the office id', async () => {
    const { db, office, keys } = await certifiedOffice();
    const holder = person();
    const out = await signStamp(db, office, keys, { holder, entry }, NOW);
    expect(out.status).toBe('signed');
    if (out.status !== 'signed') return;
    const verdict = await verifyStamp(textToValue(out.row.text).value, { trust, now: NOW, verify: naclVerify }, { holderKey: holder.publicKey });
    expect(verdict.valid).toBe(true);
    expect(out.row).toMatchObject({ officeId: office.id, holderName: 'Jürgen Größer', holderBirthDate: '1990-02', type: 'sprachkurs' });
    expect(await db.issued.count()).toBe(1);
  });

  it('refuses when locked, for a type the certificate does not allow, or without a valid certificate', async () => {
    const { db, office, keys } = await certifiedOffice(['sprachkurs']);
    const holder = person();
    expect(await signStamp(db, office, undefined, { holder, entry }, NOW)).toEqual({ status: 'refused', reason: 'locked' });
    expect(await signStamp(db, office, keys, { holder, entry: { type: 'beratung', topics: ['recognition'], date: '2026-09-15' } }, NOW)).toEqual({ status: 'refused', reason: 'type-not-allowed' });
    expect(await signStamp(db, office, keys, { holder, entry }, NOW + 400 * DAY)).toEqual({ status: 'refused', reason: 'certificate-expired' });
    // Text a verifier would judge malformed (docs/FORMAT.md §7.1.1) is never signed.
    expect(await signStamp(db, office, keys, { holder, entry: { ...entry, certificate: 'DTZ B1\nGEPRÜFT: Landratsamt' } as Entry }, NOW)).toEqual({ status: 'refused', reason: 'invalid-entry' });
    expect(await db.issued.count()).toBe(0);
  });

  it('checks pass cards: signature and freshness', async () => {
    const keys = generateKeyPair();
    const card = (at: number) => valueToText('card', cardToCbor(createCard(person('Amina', keys), keys, at)));
    expect(await checkCard(card(NOW - 60), NOW)).toMatchObject({ valid: true, holder: { givenName: 'Amina' } });
    expect(await checkCard(card(NOW - 3600), NOW)).toEqual({ valid: false, reason: 'stale' });
    expect(await checkCard('Hallo', NOW)).toEqual({ valid: false, reason: 'not-a-card' });
  });

  it('re-issues a logged entry to the same person’s new key only', async () => {
    const { db, office, keys } = await certifiedOffice();
    const lostPhone = person();
    const old = await signStamp(db, office, keys, { holder: lostPhone, entry }, NOW - DAY);
    if (old.status !== 'signed') throw new Error('not signed');
    expect(await reissue(db, office, keys, old.row.id, lostPhone, NOW)).toEqual({ status: 'refused', reason: 'same-holder' });
    expect(await reissue(db, office, keys, old.row.id, { ...person(), birthDate: '1990-03' }, NOW)).toEqual({ status: 'refused', reason: 'other-person' });
    expect(await reissue(db, office, keys, 'nope', person(), NOW)).toEqual({ status: 'refused', reason: 'not-found' });
    const again = await reissue(db, office, keys, old.row.id, person(), NOW);
    expect(again.status === 'signed' && again.row).toMatchObject({ reissueOf: old.row.id, entry });
  });
});

describe('names as on the ID (issue 15, item 1)', () => {
  it('refuses a pass card whose name has no Latin letter, before anything is signed', async () => {
    const keys = generateKeyPair();
    // A modified app can sign such a card (readers accept it, FORMAT.md §7.1.2); the office may not stamp it.
    const payload = encodePayload('card', [[2, keys.publicKey], [3, 'أحمد'], [4, 'Größer'], [5, '1990-02'], [6, NOW - 60]]);
    const text = valueToText('card', sign1ToCbor(signSign1(payload, keyId(keys.publicKey), keys.secretKey)));
    expect(await checkCard(text, NOW)).toEqual({ valid: false, reason: 'name-not-latin' });
  });

  it('logs the native name and finds a person by either form, ignoring case and diacritics', async () => {
    const { db, office, keys } = await certifiedOffice();
    await signStamp(db, office, keys, { holder: { ...person('Ahmad'), familyName: 'Müller', givenNameNative: 'أحمد', familyNameNative: 'مولر' }, entry }, NOW - DAY);
    await signStamp(db, office, keys, { holder: person('Amina'), entry }, NOW - DAY);
    const found = (query: string) => listIssued(db, office.id, { query }).then((rows) => rows.map((r) => r.holderName));
    expect(await found('muller')).toEqual(['Ahmad Müller']);
    expect(await found('AHMAD')).toEqual(['Ahmad Müller']);
    expect(await found('أحمد')).toEqual(['Ahmad Müller']);
    expect(await found('GROSSER')).toEqual(['Amina Größer']);
    expect((await listIssued(db, office.id, { query: 'ahmad' }))[0]).toMatchObject({ holderNameNative: 'أحمد مولر' });
  });

  it('re-issues to a name spelt differently only after staff checked the ID, and logs who confirmed it', async () => {
    const { db, office, keys } = await certifiedOffice();
    const old = await signStamp(db, office, keys, { holder: person('Mohammed'), entry }, NOW - DAY);
    if (old.status !== 'signed') throw new Error('not signed');
    const respelt = person('Muhammad');
    expect(await reissue(db, office, keys, old.row.id, respelt, NOW)).toEqual({ status: 'refused', reason: 'name-differs' });
    expect(await reissue(db, office, keys, old.row.id, respelt, NOW, { idChecked: true, confirmedBy: '  ' })).toEqual({ status: 'refused', reason: 'name-differs' });
    const again = await reissue(db, office, keys, old.row.id, respelt, NOW, { idChecked: true, confirmedBy: 'K. Weber' });
    expect(again.status === 'signed' && again.row).toMatchObject({ reissueOf: old.row.id, holderName: 'Muhammad Größer', reissueConfirmedBy: 'K. Weber', reissueNameBefore: 'Mohammed Größer' });
    // Another birth date is another person: no override.
    expect(await reissue(db, office, keys, old.row.id, { ...respelt, birthDate: '1991' }, NOW, { idChecked: true, confirmedBy: 'K. Weber' })).toEqual({ status: 'refused', reason: 'other-person' });
  });
});

describe('log, counts, rotation, backup', () => {
  it('filters the log by date, type, template and search words', async () => {
    const { db, office, keys } = await certifiedOffice(['sprachkurs', 'beratung']);
    await signStamp(db, office, keys, { holder: person(), entry, templateId: 't1' }, NOW - 40 * DAY);
    await signStamp(db, office, keys, { holder: person('Amina'), entry: { type: 'beratung', topics: ['recognition'], date: '2026-09-14' } }, NOW - DAY);
    expect((await listIssued(db, office.id)).map((r) => r.holderName)).toEqual(['Amina Größer', 'Jürgen Größer']);
    expect(await listIssued(db, office.id, { type: 'beratung' })).toHaveLength(1);
    expect(await listIssued(db, office.id, { templateId: 't1' })).toHaveLength(1);
    expect(await listIssued(db, office.id, { from: '2026-09-01' })).toHaveLength(1);
    expect(await listIssued(db, office.id, { query: 'jürgen modul' })).toHaveLength(1);
    expect(monthlyStats(await listIssued(db, office.id), ['2026-08', '2026-09']).byType).toEqual({ sprachkurs: [1, 0], beratung: [0, 1] });
  });

  it('exports anonymous counts: no holder name, birth date or key', async () => {
    const { db, office, keys } = await certifiedOffice();
    const holder = person();
    const out = await signStamp(db, office, keys, { holder, entry }, NOW);
    if (out.status !== 'signed') throw new Error('not signed');
    const counts = await exportCounts(db, office, ['2026-09'], NOW);
    expect(counts).toMatchObject({ format: 'bbpass-counts', district: 'test-kreis', office: { id: office.id, name: profile.name, kind: 'volkshochschule' } });
    expect(counts.cells).toEqual([{ month: '2026-09', type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100, count: 1 }]);
    const json = JSON.stringify(counts);
    for (const secret of ['Jürgen', 'Größer', '1990-02', out.row.holderKeyId, Buffer.from(holder.publicKey).toString('base64url'), 'Modul 4']) expect(json).not.toContain(secret);
  });

  it('rotates the key: the old key signs until the new certificate arrives; the log stays on the office id', async () => {
    const { db, office, keys } = await certifiedOffice();
    expect(await rotateKey(db, office, keys, 'falsch', NOW, IT)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    const rotated = await rotateKey(db, office, keys, PASS, NOW, IT);
    if (!rotated.ok) throw new Error('rotation refused');
    expect(rotated.office.keys).toHaveLength(2);
    const before = await signStamp(db, rotated.office, rotated.keys, { holder: person(), entry }, NOW);
    expect(before.status === 'signed' && before.row.keyId).toBe(office.keys[0]!.keyId);
    const imported = await importCertificate(db, rotated.office, certText(rotated.office.keys[1]!.publicKey));
    if (imported.status !== 'imported') throw new Error('import refused');
    const after = await signStamp(db, imported.office, rotated.keys, { holder: person(), entry }, NOW);
    expect(after.status === 'signed' && after.row.keyId).toBe(rotated.office.keys[1]!.keyId);
    expect(await listIssued(db, office.id)).toHaveLength(2);
  });

  it('restores the key backup on another device, only with the passphrase', async () => {
    const { db, office } = await certifiedOffice();
    const text = await backupText(db, office, NOW);
    expect(text).not.toContain('secretKey');
    const other = newDb();
    expect(await restoreBackup(other, text, 'falsch')).toEqual({ status: 'refused', reason: 'wrong-passphrase' });
    expect(await restoreBackup(other, '{"format":"x"}', PASS)).toEqual({ status: 'refused', reason: 'not-a-backup' });
    const restored = await restoreBackup(other, text, PASS);
    expect(restored.status).toBe('restored');
    const row = (await other.offices.get(office.id))!;
    expect(officeStatus(row, NOW).state).toBe('ready');
    const opened = await unlockOffice(row, PASS);
    expect(opened.ok).toBe(true);
    const { office: elsewhere } = await setupOffice(newDb(), profile, PASS, NOW, IT);
    const third = newDb();
    await third.offices.put(elsewhere);
    expect(await restoreBackup(third, text, PASS)).toEqual({ status: 'refused', reason: 'other-office' });
  });

  it('re-issues to the same key when the pass added its Latin name, after the ID check, the new stamp replacing the old', async () => {
    const { db, office, keys } = await certifiedOffice();
    const pair = generateKeyPair();
    const old = await signStamp(db, office, keys, { holder: person('Ahmad', pair), entry }, NOW - DAY);
    if (old.status !== 'signed') throw new Error('not signed');
    // A stamp from before the Latin-name rule: the log holds the name in the holder's own script.
    await db.issued.update(old.row.id, { holderName: 'أحمد مولر' });
    const latin = { ...person('Ahmad', pair), familyName: 'Müller', givenNameNative: 'أحمد', familyNameNative: 'مولر' };
    expect(await reissue(db, office, keys, old.row.id, latin, NOW)).toEqual({ status: 'refused', reason: 'name-differs' });
    const again = await reissue(db, office, keys, old.row.id, latin, NOW, { idChecked: true, confirmedBy: 'K. Weber' });
    expect(again.status === 'signed' && again.row).toMatchObject({ reissueOf: old.row.id, replaces: old.row.id, holderName: 'Ahmad Müller', reissueNameBefore: 'أحمد مولر', reissueConfirmedBy: 'K. Weber' });
    // The same key and the same name is the stamp the pass already has.
    if (again.status !== 'signed') throw new Error('not signed');
    expect(await reissue(db, office, keys, again.row.id, latin, NOW, { idChecked: true, confirmedBy: 'K. Weber' })).toEqual({ status: 'refused', reason: 'same-holder' });
  });
});

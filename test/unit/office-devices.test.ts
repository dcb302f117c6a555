// Two devices of one office (issue 17): each stamps with its own key and certificate; their counts
// add up at the coordinator; a log combined from both finds a person stamped on the other device
// and re-issues; a log from another office, a revoked device, a forged root or a changed body is refused.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  certificateToCbor, demoKeyPair, issueCertificate, issueTrustList, keyId, languageByMonthAndLevel, mergeCounts, naclVerify, TrustStore, valueToText,
  type Certificate, type Holder, type TrustAnchor,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { reissue, signStamp } from '../../src/storage/office/office-issue';
import { importCertificate, setupOffice } from '../../src/storage/office/office-keys';
import { exportCounts, listIssued } from '../../src/storage/office/office-log';
import { exportLog, importLog } from '../../src/storage/office/office-log-file';
import { NOW } from './support';

const IT = 100_000;
const DAY = 86_400;
const root = demoKeyPair('devices test root');
const anchor: TrustAnchor = { district: 'test-kreis', name: 'Testkreis', publicKey: root.publicKey };
const profile = { name: 'VHS Fürstenfeldbruck', kind: 'volkshochschule', district: 'test-kreis' } as const;
const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 } as const;
const person = (name: string, seed: string): Holder => ({ publicKey: demoKeyPair(seed).publicKey, givenName: name, familyName: 'Haddad', birthDate: '1999-03-01' });

async function device(label: string, officeId?: Uint8Array, by = root) {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const { office, keys } = await setupOffice(db, profile, 'Kursraum 12 Süd', NOW - 10 * DAY, IT);
  const cert = issueCertificate(
    { district: 'test-kreis', officeKey: office.keys[0]!.publicKey, officeName: profile.name, officeKind: 'volkshochschule', allowedTypes: ['sprachkurs'], validFrom: NOW - 10 * DAY, validUntil: NOW + 365 * DAY, officeId, deviceLabel: label },
    by,
  );
  const imported = await importCertificate(db, office, valueToText('certificate', certificateToCbor(cert)));
  if (imported.status !== 'imported') throw new Error(imported.reason);
  return { db, office: imported.office, keys, cert };
}

async function trustOf(certs: Certificate[], revoked: Certificate[] = []) {
  const trust = new TrustStore([anchor]);
  const list = issueTrustList({ district: 'test-kreis', districtName: 'Testkreis', version: 1, issuedAt: NOW - DAY, certificates: certs, revocations: revoked.map((c) => ({ officeKey: c.claims.officeKey, since: NOW - 3600 })) }, root);
  expect((await trust.offer(list, naclVerify)).accepted).toBe(true);
  return trust;
}

async function office() {
  const theke = await device('Theke 1');
  const tablet = await device('Tablet Raum 2', keyId(theke.office.keys[0]!.publicKey));
  return { theke, tablet, trust: await trustOf([theke.cert, tablet.cert]) };
}

describe('several devices of one office', () => {
  it('both stamp; the coordinator\'s merge of their exports is the sum, under one office', async () => {
    const { theke, tablet } = await office();
    for (let i = 0; i < 3; i++) await signStamp(theke.db, theke.office, theke.keys, { holder: person(`Nour${i}`, `a${i}`), entry }, NOW - 3600 + i);
    for (let i = 0; i < 2; i++) await signStamp(tablet.db, tablet.office, tablet.keys, { holder: person(`Sami${i}`, `b${i}`), entry }, NOW - 3600 + i);
    const [a, b] = [await exportCounts(theke.db, theke.office, ['2026-09'], NOW), await exportCounts(tablet.db, tablet.office, ['2026-09'], NOW)];
    expect(a.office.id).toBe(b.office.id);
    expect([a.device, b.device]).toEqual([{ id: theke.office.id, label: 'Theke 1' }, { id: tablet.office.id, label: 'Tablet Raum 2' }]);
    expect(languageByMonthAndLevel(mergeCounts([a, b])).at('2026-09', 'B1')).toBe(5);
  });

  it('a log combined from the other device finds the person stamped there and re-issues; combined stamps are not counted twice', async () => {
    const { theke, tablet, trust } = await office();
    const old = await signStamp(theke.db, theke.office, theke.keys, { holder: person('Nour', 'nour old phone'), entry }, NOW - 3600);
    if (old.status !== 'signed') throw new Error(old.reason);
    const file = await exportLog(theke.db, theke.office, theke.keys, NOW);
    if (file.status !== 'exported') throw new Error(file.reason);
    expect(await importLog(tablet.db, tablet.office, file.text, trust)).toEqual({ status: 'imported', device: 'Theke 1', added: 1, already: 0 });
    expect(await importLog(tablet.db, tablet.office, file.text, trust)).toEqual({ status: 'imported', device: 'Theke 1', added: 0, already: 1 });
    const [found] = await listIssued(tablet.db, tablet.office.id, { query: 'nour haddad' });
    expect(found).toMatchObject({ id: old.row.id, holderBirthDate: '1999-03-01', fromDevice: { label: 'Theke 1' } });
    const again = await reissue(tablet.db, tablet.office, tablet.keys, found!.id, person('Nour', 'nour new phone'), NOW);
    expect(again).toMatchObject({ status: 'signed', row: { reissueOf: old.row.id } });
    const counts = await exportCounts(tablet.db, tablet.office, ['2026-09'], NOW);
    expect(counts.cells.reduce((s, c) => s + c.count, 0)).toBe(1);
  });

  it('refuses a log of another office, of a revoked device, under another root, changed after signing, and its own', async () => {
    const { theke, tablet, trust } = await office();
    await signStamp(theke.db, theke.office, theke.keys, { holder: person('Nour', 'n'), entry }, NOW - 3600);
    const own = await exportLog(theke.db, theke.office, theke.keys, NOW);
    if (own.status !== 'exported') throw new Error(own.reason);
    const stranger = await device('Theke', undefined);
    const strangerLog = await exportLog(stranger.db, stranger.office, stranger.keys, NOW);
    const forged = await device('Theke 1', keyId(theke.office.keys[0]!.publicKey), demoKeyPair('another root'));
    const forgedLog = await exportLog(forged.db, forged.office, forged.keys, NOW);
    if (strangerLog.status !== 'exported' || forgedLog.status !== 'exported') throw new Error('export');
    const withStranger = await trustOf([theke.cert, tablet.cert, stranger.cert]);
    expect(await importLog(tablet.db, tablet.office, strangerLog.text, withStranger)).toEqual({ status: 'refused', reason: 'other-office' });
    expect(await importLog(tablet.db, tablet.office, own.text, await trustOf([theke.cert, tablet.cert], [theke.cert]))).toEqual({ status: 'refused', reason: 'device-revoked' });
    expect(await importLog(tablet.db, tablet.office, forgedLog.text, trust)).toEqual({ status: 'refused', reason: 'unknown-issuer' });
    const changed = JSON.parse(own.text);
    changed.body = changed.body.replace('"exportedAt":', '"exportedAt":1,"x":');
    expect(await importLog(tablet.db, tablet.office, JSON.stringify(changed), trust)).toEqual({ status: 'refused', reason: 'bad-signature' });
    expect(await importLog(theke.db, theke.office, own.text, trust)).toEqual({ status: 'refused', reason: 'own-log' });
    expect(await importLog(tablet.db, tablet.office, 'not a log', trust)).toEqual({ status: 'refused', reason: 'unreadable' });
    expect(await listIssued(tablet.db, tablet.office.id)).toEqual([]);
  });
});

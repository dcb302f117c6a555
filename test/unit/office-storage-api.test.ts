// The office's one storage API (what the office screens get from officeApi()), round trip over
// fake-indexeddb at a pinned time: set up, unlock, certify, templates, sign and re-issue, the
// log and its numbers, settings, and the key backup restored through a second device's API.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  cardToCbor, certificateToCbor, monthOf, createCard, demoKeyPair, generateKeyPair, issueCertificate, valueToText, type Holder, type KeyPair,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { createOfficeApi } from '../../src/storage/office/create-office-api';
import { NOW } from './support';

const IT = 100_000; // the lowest iteration count unseal accepts, to keep tests fast
const DAY = 86_400;
const PASS = 'Kursraum 12 Süd';
const root = demoKeyPair('office api test root');
const newApi = () => createOfficeApi({ db: new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), iterations: IT });
const profile = { name: 'VHS Fürstenfeldbruck', kind: 'volkshochschule', district: 'test-kreis' } as const;
const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 } as const;

function certText(officeKey: Uint8Array): string {
  const c = issueCertificate(
    { district: 'test-kreis', officeKey, officeName: profile.name, officeKind: 'volkshochschule', allowedTypes: ['sprachkurs'], validFrom: NOW - 90 * DAY, validUntil: NOW + 365 * DAY },
    root,
  );
  return valueToText('certificate', certificateToCbor(c));
}
function person(keys: KeyPair = generateKeyPair()): Holder {
  return { publicKey: keys.publicKey, givenName: 'Jürgen', familyName: 'Größer', birthDate: '1990-02' };
}

describe('office storage API', () => {
  it('sets up, unlocks and certifies the office; what it wrote reads back through the same API', async () => {
    const api = newApi();
    expect(await api.loadOffice()).toBeUndefined();
    const { office, keys } = await api.setupOffice(profile, PASS, NOW - DAY);
    expect(await api.loadOffice()).toEqual(office);
    expect(await api.unlockOffice(office, 'falsch')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    const opened = await api.unlockOffice(office, PASS);
    expect(opened.ok && opened.keys.get(office.id)!.secretKey).toEqual(keys.get(office.id)!.secretKey);
    const imported = await api.importCertificate(office, certText(office.keys[0]!.publicKey));
    expect(imported.status).toBe('imported');
    expect(await api.loadOffice()).toEqual(imported.status === 'imported' && imported.office);
  });

  it('keeps templates, signs from a pass card, logs, counts and re-issues', async () => {
    const api = newApi();
    const setup = await api.setupOffice(profile, PASS, NOW - DAY);
    const imported = await api.importCertificate(setup.office, certText(setup.office.keys[0]!.publicKey));
    if (imported.status !== 'imported') throw new Error('import refused');
    const { office } = imported;
    const template = await api.saveTemplate(office.id, { name: ' B1 Abschluss ', entry }, NOW);
    expect(await api.listTemplates(office.id)).toEqual([template]);

    const holderKeys = generateKeyPair();
    const card = valueToText('card', cardToCbor(createCard(person(holderKeys), holderKeys, NOW - 60)));
    const checked = await api.checkCard(card, NOW);
    if (!checked.valid) throw new Error(`card refused: ${checked.reason}`);
    expect(await api.checkCard('BBP1:S:nonsense', NOW)).toEqual({ valid: false, reason: 'not-a-card' });
    expect(await api.signStamp(office, undefined, { holder: checked.holder, entry }, NOW)).toEqual({ status: 'refused', reason: 'locked' });
    const signed = await api.signStamp(office, setup.keys, { holder: checked.holder, entry, templateId: template.id }, NOW);
    if (signed.status !== 'signed') throw new Error(`not signed: ${signed.reason}`);
    expect(await api.getIssued(signed.row.id)).toEqual(signed.row);
    expect(await api.listIssued(office.id, { templateId: template.id })).toEqual([signed.row]);
    const month = monthOf(NOW);
    expect((await api.officeStats(office.id, [month])).byType.sprachkurs).toEqual([1]);
    expect((await api.exportCounts(office, [month], NOW)).office.id).toBe(office.id);

    const again = await api.reissue(office, setup.keys, signed.row.id, person(), NOW + 60);
    expect(again.status === 'signed' && again.row.reissueOf).toBe(signed.row.id);
    await api.deleteTemplate(template.id);
    expect(await api.listTemplates(office.id)).toEqual([]);
    expect(await api.listIssued(office.id)).toHaveLength(2);
  });

  it('saves the lock minutes clamped, and restores the key backup on another device only with the passphrase', async () => {
    const api = newApi();
    expect(await api.officeSettings()).toEqual({ lockMinutes: 15 });
    expect(await api.saveOfficeSettings({ lockMinutes: 100_000 })).toEqual({ lockMinutes: 240 });
    expect(await api.officeSettings()).toEqual({ lockMinutes: 240 });
    const { office, keys } = await api.setupOffice(profile, PASS, NOW - DAY);
    const rotated = await api.rotateKey(office, keys, PASS, NOW);
    if (!rotated.ok) throw new Error('rotation refused');
    const text = await api.backupText(rotated.office, NOW);

    const other = newApi();
    expect(await other.restoreBackup(text, 'falsch')).toEqual({ status: 'refused', reason: 'wrong-passphrase' });
    expect(await other.loadOffice()).toBeUndefined();
    expect(await other.restoreBackup('{}', PASS)).toEqual({ status: 'refused', reason: 'not-a-backup' });
    const restored = await other.restoreBackup(text, PASS);
    expect(restored.status).toBe('restored');
    expect((await other.loadOffice())?.keys.map((k) => k.keyId)).toEqual(rotated.office.keys.map((k) => k.keyId));
  });
});

// An office device whose trust lists (shipped or imported, the ones the device holds) revoke
// its own key says so and stops stamping from the revocation's time on: signing and re-issue are
// refused with the reason 'revoked', stamps before that time are still signed.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  cardToCbor, certificateToCbor, createCard, DEMO_DISTRICT, DEMO_DISTRICT_NAME, demoWorld, generateKeyPair, issueCertificate, issueTrustList, trustListToCbor, valueToText,
  type Holder,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { createOfficeApi } from '../../src/storage/office/create-office-api';
import { TrustSource } from '../../src/storage/trust-source';
import { NOW } from './support';

const IT = 100_000;
const DAY = 86_400;
const PASS = 'Kursraum 12 Süd';
const world = demoWorld(NOW);
const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 } as const;
const noShipped = async () => undefined;

async function officeInDemoDistrict() {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.settings.put({ key: 'demoMode', value: true });
  const api = createOfficeApi({ db, iterations: IT, fetchTrust: noShipped });
  const setup = await api.setupOffice({ name: 'VHS Dachau', kind: 'volkshochschule', district: DEMO_DISTRICT }, PASS, NOW - DAY);
  const officeKey = setup.office.keys[0]!.publicKey;
  const cert = issueCertificate(
    { district: DEMO_DISTRICT, officeKey, officeName: 'VHS Dachau', officeKind: 'volkshochschule', allowedTypes: ['sprachkurs'], validFrom: NOW - 90 * DAY, validUntil: NOW + 365 * DAY },
    world.root,
  );
  const imported = await api.importCertificate(setup.office, valueToText('certificate', certificateToCbor(cert)));
  if (imported.status !== 'imported') throw new Error('certificate refused');
  const holderKeys = generateKeyPair();
  const holder: Holder = { publicKey: holderKeys.publicKey, givenName: 'Nour', familyName: 'Haddad', birthDate: '2000-01-01' };
  const card = await api.checkCard(valueToText('card', cardToCbor(createCard(holder, holderKeys, NOW - 60))), NOW);
  if (!card.valid) throw new Error('card refused');
  /** The coordinator's next list revokes this office from `since`; the device imports it (as the verifier screen does). */
  const revoke = async (since: number, key = officeKey) => {
    const list = issueTrustList({ district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version: 2, issuedAt: NOW, certificates: [cert], revocations: [{ officeKey: key, since }] }, world.root);
    expect(await new TrustSource(db, noShipped).importList(valueToText('trustList', trustListToCbor(list)), true, NOW)).toMatchObject({ status: 'imported' });
  };
  return { api, office: imported.office, keys: setup.keys, holder: card.holder, revoke, keyId: setup.office.keys[0]!.keyId };
}

describe('an office revoked by a trust list it holds', () => {
  it('names the revocation and signs only before its time', async () => {
    const { api, office, keys, holder, revoke, keyId } = await officeInDemoDistrict();
    expect(await api.revocations(office)).toEqual([]);
    const since = NOW + 3600;
    await revoke(since);
    expect(await api.revocations(office)).toEqual([{ keyId, district: DEMO_DISTRICT, since }]);
    const before = await api.signStamp(office, keys, { holder, entry }, since - 1);
    expect(before.status).toBe('signed');
    expect(await api.signStamp(office, keys, { holder, entry }, since)).toEqual({ status: 'refused', reason: 'revoked' });
    const other = { ...holder, publicKey: generateKeyPair().publicKey };
    expect(await api.reissue(office, keys, before.status === 'signed' ? before.row.id : '', other, since + 60)).toEqual({ status: 'refused', reason: 'revoked' });
    expect(await api.listIssued(office.id)).toHaveLength(1);
  });

  it('ignores the revocation of another office', async () => {
    const { api, office, keys, holder, revoke } = await officeInDemoDistrict();
    await revoke(NOW - DAY, world.offices.sprachschule.keys.publicKey);
    expect(await api.revocations(office)).toEqual([]);
    expect((await api.signStamp(office, keys, { holder, entry }, NOW)).status).toBe('signed');
  });
});

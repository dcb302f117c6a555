// Several devices per office (issue 17) on the coordinator's device: a further device is admitted
// under a registered office, gets its name, and is revoked on its own.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createRegistration, decodeCertificate, generateKeyPair, officeIdOf, textToValue, type KeyPair } from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { createRoot, unlockRoot } from '../../src/storage/coordinator/coordinator-roots';
import { admissionState, admit, admitDevice, listAdmissions, officeOfRow, revoke } from '../../src/storage/coordinator/coordinator-register';
import { NOW } from './support';

const DAY = 86_400;
const choice = { types: ['sprachkurs'] as const, validFrom: NOW - DAY, validUntil: NOW + 365 * DAY };
const request = (keys: KeyPair, officeName = 'VHS Dachau') =>
  createRegistration({ district: '09174', officeName, officeKind: 'volkshochschule', requestedTypes: ['sprachkurs'], createdAt: NOW - DAY }, keys);

async function withOffice() {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const row = await createRoot(db, '09174', 'Landkreis Dachau', 'root passphrase', NOW - 30 * DAY, 100_000);
  const root = await unlockRoot(row, 'root passphrase');
  const first = await admit(db, root, row, request(generateKeyPair()), { ...choice, deviceLabel: 'Theke 1' }, NOW);
  return { db, row, root, first };
}

describe('coordinator: devices of an office', () => {
  it('admits a tablet as a device of the office, with the office\'s name whatever the request said', async () => {
    const { db, row, root, first } = await withOffice();
    const out = await admitDevice(db, root, row, request(generateKeyPair(), 'Tablet VHS'), first.id, { ...choice, deviceLabel: 'Tablet Raum 2' }, NOW);
    if (out.status !== 'admitted') throw new Error(out.reason);
    const cert = decodeCertificate(textToValue(out.row.certificate).value).claims;
    expect(officeIdOf(cert)).toBe(first.id);
    expect(cert).toMatchObject({ officeName: 'VHS Dachau', deviceLabel: 'Tablet Raum 2' });
    expect((await listAdmissions(db, '09174')).map(officeOfRow)).toEqual([first.id, first.id]);
  });

  it('refuses an office id that is not a registered first device, the key itself, and a revoked office', async () => {
    const { db, row, root, first } = await withOffice();
    const tablet = generateKeyPair();
    const other = await admitDevice(db, root, row, request(tablet), first.id, choice, NOW);
    if (other.status !== 'admitted') throw new Error(other.reason);
    expect(await admitDevice(db, root, row, request(generateKeyPair()), '00'.repeat(8), choice, NOW)).toEqual({ status: 'refused', reason: 'unknown-office' });
    // A device of a device would make a chain of offices: only a first device names an office.
    expect(await admitDevice(db, root, row, request(generateKeyPair()), other.row.id, choice, NOW)).toEqual({ status: 'refused', reason: 'unknown-office' });
    expect(await admitDevice(db, root, row, request(tablet), other.row.id, choice, NOW)).toEqual({ status: 'refused', reason: 'same-key' });
    await revoke(db, first.id, NOW - 60);
    expect(await admitDevice(db, root, row, request(generateKeyPair()), first.id, choice, NOW)).toEqual({ status: 'refused', reason: 'office-revoked' });
  });

  it('revokes a stolen tablet alone: the office\'s other device stays valid', async () => {
    const { db, row, root, first } = await withOffice();
    const out = await admitDevice(db, root, row, request(generateKeyPair()), first.id, choice, NOW);
    if (out.status !== 'admitted') throw new Error(out.reason);
    await revoke(db, out.row.id, NOW - 60);
    const rows = await listAdmissions(db, '09174');
    expect(rows.map((r) => [r.id, admissionState(r, NOW)])).toEqual(expect.arrayContaining([[first.id, 'valid'], [out.row.id, 'revoked']]));
  });
});

// The coordinator's one storage API (what the coordinator screens get from coordinatorApi()),
// round trip over fake-indexeddb at a pinned time: the root, its lock minutes, admitting and
// revoking an office, publishing a list this device then trusts, the DEMO seed and the numbers.
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildCounts, createRegistration, monthOf, generateKeyPair, registrationToCbor, valueToText, type Registration } from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { DEMO_PASSPHRASE, RootError } from '../../src/storage/coordinator/coordinator-api';
import { createCoordinatorApi } from '../../src/storage/coordinator/create-coordinator-api';
import { TrustSource } from '../../src/storage/trust-source';
import { NOW } from './support';

const IT = 100_000; // the lowest iteration count unseal accepts, to keep tests fast
const DAY = 86_400;
const shipped = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8').catch(() => undefined);
function newApi() {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  return createCoordinatorApi({ db, trust: new TrustSource(db, shipped), iterations: IT });
}
function requestText(district: string): string {
  const request = createRegistration({ district, officeName: 'VHS Dachau', officeKind: 'volkshochschule', requestedTypes: ['sprachkurs'], createdAt: NOW - DAY }, generateKeyPair());
  return valueToText('registration', registrationToCbor(request));
}

describe('coordinator storage API', () => {
  it('makes the root, opens it only with its passphrase and keeps the lock minutes clamped', async () => {
    const api = newApi();
    expect(await api.listRoots()).toEqual([]);
    expect(await api.demoMode()).toBe(false);
    const row = await api.createRoot('09174', 'Landkreis Dachau', 'root passphrase', NOW - 30 * DAY);
    expect(await api.listRoots()).toEqual([row]);
    await expect(api.createRoot('09174', 'again', 'x', NOW)).rejects.toBeInstanceOf(RootError);
    await expect(api.unlockRoot(row, 'wrong')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect((await api.unlockRoot(row, 'root passphrase')).publicKey).toEqual(row.publicKey);
    expect(await api.coordinatorLockMinutes()).toBe(10);
    expect(await api.saveCoordinatorLockMinutes(0)).toBe(1);
    expect(await api.coordinatorLockMinutes()).toBe(1);
  });

  it('admits, revokes and publishes; a list published from the seeded DEMO root is trusted here at once', async () => {
    const api = newApi();
    await api.seedDemo(NOW);
    expect(await api.demoMode()).toBe(true);
    const [row] = await api.listRoots();
    const root = await api.unlockRoot(row!, DEMO_PASSPHRASE);
    const read = await api.readRequest(requestText(row!.district), row!.district);
    if (read.status !== 'ok') throw new Error(`request refused: ${read.reason}`);
    const request: Registration = read.request;
    expect(await api.readRequest(requestText('09174'), row!.district)).toEqual({ status: 'refused', reason: 'wrong-district' });
    const admitted = await api.admit(root, row!, request, { types: ['sprachkurs'], validFrom: NOW, validUntil: NOW + 365 * DAY }, NOW);
    expect(await api.listAdmissions(row!.district)).toContainEqual(admitted);
    expect((await api.revoke(admitted.id, NOW + DAY))?.revokedSince).toBe(NOW + DAY);
    const list = await api.publishTrustList(root, row!.district, NOW);
    expect(list.version).toBe(2);
    expect(await api.importTrust(list.text, NOW)).toEqual({ status: 'imported', district: row!.district, version: 2, replacedVersion: 1 });
    expect(await api.importTrust(list.text, NOW)).toEqual({ status: 'refused', reason: 'not-newer' });
  });

  it('merges office numbers, refuses a file that is not an export, and forgets them all', async () => {
    const api = newApi();
    const month = monthOf(NOW);
    const office = { id: 'vhs-1', name: 'VHS Dachau', kind: 'volkshochschule' };
    const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 } as const;
    const text = JSON.stringify(buildCounts([{ issuedAt: NOW, entry }], { district: '09174', office, generatedAt: NOW, months: [month] }));
    expect(await api.importCounts(text, NOW)).toMatchObject({ status: 'imported', office: 'VHS Dachau', months: 1, replaced: 0, keptNewer: 0, addedMonths: ['2026-09'] });
    expect(await api.importCounts('{"holders":["Amina"]}', NOW)).toMatchObject({ status: 'refused' });
    expect((await api.mergedCounts()).map((m) => m.month)).toEqual([month]);
    await api.clearCounts();
    expect(await api.mergedCounts()).toEqual([]);
  });
});
